"use client"
import { countryName } from "@/lib/format"
import type { SavedAddress } from "@/lib/medusa/types"

type Props = {
  addresses: SavedAddress[]
  /** The countries this region ships to: only addresses there can be used. */
  countries: { code: string }[]
  regionName: string
  selectedId: string
  onPick: (address: SavedAddress) => void
}

const summary = (a: SavedAddress) => `${a.firstName} ${a.lastName}, ${a.address1}, ${a.postalCode} ${a.city}`

/** Fills the shipping address from the customer's address book. */
export function SavedAddressPicker({ addresses, countries, regionName, selectedId, onPick }: Props) {
  const usable = (address: SavedAddress) => countries.some((c) => c.code === address.countryCode)
  const someUnusable = addresses.some((address) => !usable(address))
  return (
    <div className="field">
      <label htmlFor="saved-address">Use a saved address</label>
      <select
        id="saved-address"
        value={selectedId}
        aria-describedby={someUnusable ? "saved-address-hint" : undefined}
        onChange={(event) => {
          const address = addresses.find((a) => a.id === event.target.value)
          if (address) onPick(address)
        }}
      >
        <option value="">Choose one of your addresses…</option>
        {addresses.map((address) => (
          <option key={address.id} value={address.id} disabled={!usable(address)}>
            {usable(address) ? summary(address) : `${summary(address)} (${countryName(address.countryCode)}, outside ${regionName})`}
          </option>
        ))}
      </select>
      {someUnusable && (
        <p id="saved-address-hint" className="hint">
          Addresses outside {regionName} can&apos;t be used for this order. To ship there, switch the shop&apos;s region at the top
          of the page.
        </p>
      )}
    </div>
  )
}
