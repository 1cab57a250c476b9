"use client"
import { useActionState } from "react"
import { placeOrderAction } from "@/lib/actions/checkout"
import { IDLE } from "@/lib/actions/state"
import type { RegionKey } from "@/lib/medusa/types"
import { FormMessage } from "@/components/ui/FormMessage"
import { SubmitButton } from "@/components/ui/SubmitButton"

export function PlaceOrder({ cartId, region, total }: { cartId: string; region: RegionKey; total: string }) {
  const [state, action] = useActionState(placeOrderAction, IDLE)
  return (
    <form action={action}>
      <input type="hidden" name="cartId" value={cartId} />
      <input type="hidden" name="region" value={region} />
      <FormMessage state={state} />
      <SubmitButton className="button button-wide" pendingText="Placing your order…" testId="place-order">
        Place order · {total}
      </SubmitButton>
    </form>
  )
}
