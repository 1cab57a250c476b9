import { z } from "@medusajs/framework/zod"

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date, YYYY-MM-DD")

/** ?from=YYYY-MM-DD&to=YYYY-MM-DD, both days included; by default the last 30 days. */
export const AdminJournalPeriod = z
  .object({ from: day.optional(), to: day.optional() })
  .refine((period) => !period.from || !period.to || period.from <= period.to, { message: "from must not be after to" })

export type AdminJournalPeriodType = z.infer<typeof AdminJournalPeriod>

const DAY_MS = 86_400_000

export function periodOf(query: AdminJournalPeriodType, now = new Date()) {
  const to = query.to ? new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS) : now
  const from = query.from ? new Date(`${query.from}T00:00:00Z`) : new Date(to.getTime() - 30 * DAY_MS)
  return { from, to }
}
