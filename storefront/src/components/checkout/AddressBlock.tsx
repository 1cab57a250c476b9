import { countryName } from "@/lib/format"
import type { Address } from "@/lib/medusa/types"
import { US_STATES } from "@/lib/us-states"

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
      {countryName(address.countryCode)}
    </address>
  )
}
