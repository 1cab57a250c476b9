"use client"
import { useActionState } from "react"
import { addAddressAction, deleteAddressAction } from "@/lib/actions/account"
import { IDLE } from "@/lib/actions/state"
import type { RegionKey, SavedAddress } from "@/lib/medusa/types"
import { AddressBlock } from "@/components/checkout/AddressBlock"
import { AddressFields } from "@/components/checkout/AddressFields"
import { FormMessage } from "@/components/ui/FormMessage"
import { SubmitButton } from "@/components/ui/SubmitButton"
import styles from "./Account.module.css"

type Props = { addresses: SavedAddress[]; region: RegionKey; countries: { code: string; name: string }[] }

export function AddressBook({ addresses, region, countries }: Props) {
  const [addState, add] = useActionState(addAddressAction, IDLE)
  const [deleteState, remove] = useActionState(deleteAddressAction, IDLE)
  return (
    <>
      <FormMessage state={deleteState} />
      {addresses.length === 0 ? (
        <p>You have no saved addresses yet.</p>
      ) : (
        <ul className={styles.addresses}>
          {addresses.map((address) => (
            <li key={address.id} className="card">
              <AddressBlock address={address} />
              <form action={remove}>
                <input type="hidden" name="id" value={address.id} />
                <SubmitButton className="link-button" pendingText="Removing…">
                  Remove<span className="visually-hidden"> address {address.address1}</span>
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
      <section className="card" aria-labelledby="new-address-heading">
        <h2 id="new-address-heading">Add an address</h2>
        <form action={add} noValidate key={addState.status === "ok" ? addresses.length : "form"}>
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
