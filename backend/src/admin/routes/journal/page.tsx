import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BookOpen } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { PeriodSelect } from "../../components/period-select"
import { PostStatusBadge } from "../../components/post-status-badge"
import { LoadState, SalesCells, SalesHeaderCells } from "../../components/sales-cells"
import { lastDays, useJournalReport } from "../../lib/journal-api"

/** The journal in the admin: every post, the products it links, and what it sold in the period. */
const JournalPage = () => {
  const [days, setDays] = useState(30)
  const { data, isLoading, error } = useJournalReport(lastDays(days))
  return (
    <Container className="divide-y p-0">
      <div className="flex items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Journal</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Orders, units and revenue (after discounts, before tax) from cart lines that began in a post: its product card, or its link to the product page.
          </Text>
        </div>
        <PeriodSelect days={days} onChange={setDays} />
      </div>
      <LoadState isLoading={isLoading} error={error} what="the journal" />
      {data && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Post</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Products</Table.HeaderCell>
              <SalesHeaderCells />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.posts.map((post) => {
              const warnings = post.products.filter((product) => product.warning).length
              return (
                <Table.Row key={post.slug}>
                  <Table.Cell>
                    <Link to={`/journal/${post.slug}`} className="text-ui-fg-interactive hover:underline">
                      {post.title}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    <PostStatusBadge post={post} />
                  </Table.Cell>
                  <Table.Cell>
                    {post.products.length}
                    {warnings > 0 && (
                      <Badge color="orange" size="2xsmall" className="ml-2">
                        {warnings} {warnings === 1 ? "warning" : "warnings"}
                      </Badge>
                    )}
                  </Table.Cell>
                  <SalesCells sales={post.sales} />
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Journal", icon: BookOpen })

export default JournalPage
