import type { RegionKey } from "@/lib/medusa/types"
import panel from "./FilterPanel.module.css"

type Props = {
  region: RegionKey
  /** Keeps the inputs' ids unique when a page has more than one filter form. */
  idPrefix: string
  min: number | null
  max: number | null
  /** The cheapest and dearest prices on offer, shown as hints. */
  bounds?: { min: number; max: number }
}

/** "Price from … to …" in the region's currency; read back as `min` and `max` in the URL. */
export function PriceRangeFields({ region, idPrefix, min, max, bounds }: Props) {
  return (
    <fieldset>
      <legend>Price ({region === "eu" ? "€" : "$"})</legend>
      <div className={panel.priceRow}>
        <div className="field">
          <label htmlFor={`${idPrefix}min`}>From</label>
          <input
            id={`${idPrefix}min`}
            name="min"
            type="number"
            min={0}
            inputMode="numeric"
            defaultValue={min ?? ""}
            placeholder={bounds ? String(Math.floor(bounds.min)) : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}max`}>To</label>
          <input
            id={`${idPrefix}max`}
            name="max"
            type="number"
            min={0}
            inputMode="numeric"
            defaultValue={max ?? ""}
            placeholder={bounds ? String(Math.ceil(bounds.max)) : undefined}
          />
        </div>
      </div>
    </fieldset>
  )
}
