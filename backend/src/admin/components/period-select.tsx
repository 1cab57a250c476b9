import { Select } from "@medusajs/ui"
import { PERIODS } from "../lib/journal-api"

/** Which period the figures cover, in days back from today. */
export function PeriodSelect({ days, onChange }: { days: number; onChange: (days: number) => void }) {
  return (
    <Select value={String(days)} onValueChange={(value) => onChange(Number(value))} size="small">
      <Select.Trigger aria-label="Period" className="w-[160px]">
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {PERIODS.map((period) => (
          <Select.Item key={period.days} value={String(period.days)}>
            {period.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
