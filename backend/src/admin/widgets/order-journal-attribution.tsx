import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useOrderAttribution } from "../lib/journal-api"

const PLACEMENT = { card: "its product card", link: "its link to the product page" } as const

/** On an order: each line that began in a journal post, and where in the post. Hidden when none did. */
const OrderJournalAttribution = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data } = useOrderAttribution(order.id)
  if (!data?.lines.length) return null
  return (
    <Container className="divide-y p-0" role="region" aria-labelledby="order-journal-heading">
      <div className="px-6 py-4">
        <Heading level="h2" id="order-journal-heading">
          From the journal
        </Heading>
      </div>
      <ul className="px-6 py-4">
        {data.lines.map((line) => (
          <li key={line.line_item_id}>
            <Text size="small">
              {line.product_title}: From the journal:{" "}
              <Link to={`/journal/${line.post.slug}`} className="text-ui-fg-interactive hover:underline">
                {line.post.title}
              </Link>{" "}
              <span className="text-ui-fg-subtle">(added from {PLACEMENT[line.placement]})</span>
            </Text>
          </li>
        ))}
      </ul>
    </Container>
  )
}

// Beside the order, above the customer: the first thing the owner sees on the right.
export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default OrderJournalAttribution
