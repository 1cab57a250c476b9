"use client"
import { useActionState, useRef, useState } from "react"
import { addAddressAction, deleteAddressAction } from "@/lib/actions/account"
import { IDLE } from "@/lib/actions/state"
import type { Region, RegionKey, SavedAddress } from "@/lib/medusa/types"
import { AddressFields } from "@/components/checkout/AddressFields"
import { FormMessage } from "@/components/ui/FormMessage"
import { SubmitButton } from "@/components/ui/SubmitButton"
import { useFocusAfterSubmit } from "@/components/ui/useFocusAfterSubmit"
import { SavedAddressCard } from "./SavedAddressCard"
import styles from "./Account.module.css"

type RegionCountries = Pick<Region, "key" | "countries">

type Props = {
  addresses: SavedAddress[]
  region: RegionKey
  countries: Region["countries"]
  /** Every region, so that an address is edited with the countries of the region it is in. */
  regions: RegionCountries[]
}

export function AddressBook({ addresses, region, countries, regions }: Props) {
  const [addState, add] = useActionState(addAddressAction, IDLE)
  const [deleteState, remove] = useActionState(deleteAddressAction, IDLE)
  const [editingId, setEditingId] = useState<string | null>(null)
  const addForm = useRef<HTMLFormElement>(null)
  useFocusAfterSubmit(addState, addForm)
  const regionOf = (address: SavedAddress): RegionCountries =>
    regions.find((r) => r.countries.some((c) => c.code === address.countryCode)) ?? { key: region, countries }
  return (
    <>
      <FormMessage state={deleteState} />
      {addresses.length === 0 ? (
        <p>You have no saved addresses yet.</p>
      ) : (
        <ul className={styles.addresses}>
          {addresses.map((address) => (
            <SavedAddressCard
              key={address.id}
              address={address}
              region={regionOf(address)}
              editing={editingId === address.id}
              onEdit={() => setEditingId(address.id)}
              onClose={() => setEditingId(null)}
              remove={remove}
            />
          ))}
        </ul>
      )}
      <section className="card" aria-labelledby="new-address-heading">
        <h2 id="new-address-heading">Add an address</h2>
        <form ref={addForm} action={add} noValidate key={addState.status === "ok" ? addresses.length : "form"}>
          <input type="hidden" name="region" value={region} />
          <FormMessage state={addState} />
          <AddressFields
            prefix="address"
            countries={countries}
            defaults={{}}
            values={addState.status === "error" ? addState.values : undefined}
            errors={addState.errors}
            autoCompleteSection="section-new shipping"
          />
          <SubmitButton pendingText="Saving…">Save address</SubmitButton>
        </form>
      </section>
    </>
  )
}
