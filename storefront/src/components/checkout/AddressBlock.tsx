import type { Address } from "@/lib/medusa/types"
import { US_STATES } from "@/lib/us-states"

const countryNames = new Intl.DisplayNames(["en"], { type: "region" })

export function AddressBlock({ address }: { address: Address }) {
  const state = US_STATES.find((s) => s.code === address.province)?.name ?? address.province
  return (
    <address>
      {address.firstName} {address.lastName}
      <br />
      {address.company && (
        <>
          {address.company}
          <br />
        </>
      )}
      {address.address1}
      {address.address2 && `, ${address.address2}`}
      <br />
      {address.postalCode} {address.city}
      {state && `, ${state}`}
      <br />
      {address.countryCode ? (countryNames.of(address.countryCode.toUpperCase()) ?? address.countryCode.toUpperCase()) : ""}
    </address>
  )
}
