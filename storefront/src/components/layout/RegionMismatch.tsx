import { switchRegionAction } from "@/lib/actions/region"
import { REGION_LABEL } from "@/lib/region"
import type { RegionKey } from "@/lib/medusa/types"

/** Shown when the cart was priced in the other region (e.g. after following a link). */
export function RegionMismatch({ region, path }: { region: RegionKey; path: string }) {
  return (
    <form action={switchRegionAction} className="notice" role="status">
      <input type="hidden" name="path" value={path} />
      <p>Your cart is priced for another region.</p>
      <button type="submit" name="region" value={region} className="button button-secondary">
        Use {REGION_LABEL[region]} prices
      </button>
    </form>
  )
}
