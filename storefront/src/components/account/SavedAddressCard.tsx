"use client"
import { useActionState, useEffect, useRef } from "react"
import { updateAddressAction } from "@/lib/actions/account"
import { IDLE, type FormState } from "@/lib/actions/state"
import type { Region, SavedAddress } from "@/lib/medusa/types"
import { AddressBlock } from "@/components/checkout/AddressBlock"
import { AddressFields } from "@/components/checkout/AddressFields"
import { FormMessage } from "@/components/ui/FormMessage"
import { SubmitButton } from "@/components/ui/SubmitButton"
import { useFocusAfterSubmit } from "@/components/ui/useFocusAfterSubmit"
import styles from "./Account.module.css"

type Props = {
  address: SavedAddress
  /** The region whose countries the address may be edited to: the one it is in. */
  region: Pick<Region, "key" | "countries">
  editing: boolean
  onEdit: () => void
  onClose: () => void
  /** The address book's remove action. */
  remove: (form: FormData) => void
}

/** One saved address: shown, edited in place, or removed. */
export function SavedAddressCard({ address, region, editing, onEdit, onClose, remove }: Props) {
  const [state, save] = useActionState(async (previous: FormState, form: FormData) => {
    const next = await updateAddressAction(previous, form)
    if (next.status === "ok") onClose()
    return next
  }, IDLE)
  const form = useRef<HTMLFormElement>(null)
  useFocusAfterSubmit(state, form)
  const editButtonId = `edit-address-${address.id}`
  const label = `address ${address.address1}`

  // Opening the editor puts focus in its first field; closing it (saved or cancelled) returns
  // focus, which fell to the page with the form, to the Edit button where the customer started.
  const wasEditing = useRef(editing)
  useEffect(() => {
    if (editing && !wasEditing.current) form.current?.querySelector<HTMLInputElement>("input:not([type=hidden])")?.focus()
    const focusLost = !document.activeElement || document.activeElement === document.body
    if (!editing && wasEditing.current && focusLost) document.getElementById(editButtonId)?.focus()
    wasEditing.current = editing
  }, [editing, editButtonId])

  return (
    <li className={`card${editing ? ` ${styles.editing}` : ""}`}>
      {editing ? (
        <form ref={form} action={save} noValidate aria-label={`Edit ${label}`}>
          <input type="hidden" name="id" value={address.id} />
          <input type="hidden" name="region" value={region.key} />
          <FormMessage state={state} />
          <AddressFields
            prefix="edit"
            countries={region.countries}
            defaults={address}
            values={state.status === "error" ? state.values : undefined}
            errors={state.errors}
            autoCompleteSection="section-edit shipping"
          />
          <div className={styles.actions}>
            <SubmitButton pendingText="Saving…">Save changes</SubmitButton>
            <button type="button" className="link-button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <AddressBlock address={address} />
          <div className={styles.actions}>
            <button type="button" id={editButtonId} className="link-button" onClick={onEdit}>
              Edit<span className="visually-hidden"> {label}</span>
            </button>
            <form action={remove}>
              <input type="hidden" name="id" value={address.id} />
              <SubmitButton className="link-button" pendingText="Removing…">
                Remove<span className="visually-hidden"> {label}</span>
              </SubmitButton>
            </form>
          </div>
        </>
      )}
      {/* Always present, so that "Address updated." is announced when the editor closes. */}
      <FormMessage state={state.status === "ok" && !editing ? state : IDLE} />
    </li>
  )
}
