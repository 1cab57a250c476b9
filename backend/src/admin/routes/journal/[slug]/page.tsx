import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { PeriodSelect } from "../../../components/period-select"
import { PostStatusBadge } from "../../../components/post-status-badge"
import { LoadState, SalesCells, SalesHeaderCells } from "../../../components/sales-cells"
import { formatDay, formatRevenue, lastDays, useJournalPost } from "../../../lib/journal-api"

const STATE_COLOR = { published: "green", draft: "grey", proposed: "blue", rejected: "red", missing: "red" } as const

/** One post: each product it links, its state in the catalogue, and what the post sold of it. */
const JournalPostPage = () => {
  const { slug = "" } = useParams()
  const [days, setDays] = useState(30)
  const { data, isLoading, error } = useJournalPost(slug, lastDays(days))
  const post = data?.post
  return (
    <Container className="divide-y p-0">
      <div className="flex items-start justify-between gap-4 px-6 py-4">
        <div>
          <Text size="small" className="text-ui-fg-subtle">
            <Link to="/journal" className="hover:underline">
              Journal
            </Link>{" "}
            / {slug}
          </Text>
          <Heading level="h1">{post?.title ?? slug}</Heading>
          {post && (
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <PostStatusBadge post={post} />
              <Text size="small" className="text-ui-fg-subtle">
                {formatDay(post.date)} · {post.sales.add_to_carts} added to cart · {post.sales.orders} orders · {post.sales.units} units ·{" "}
                {formatRevenue(post.sales.revenue)}
              </Text>
            </div>
          )}
        </div>
        <PeriodSelect days={days} onChange={setDays} />
      </div>
      <LoadState isLoading={isLoading} error={error} what="the post" />
      {post && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Product</Table.HeaderCell>
              <Table.HeaderCell>In the catalogue</Table.HeaderCell>
              <SalesHeaderCells />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {post.products.map((product) => (
              <Table.Row key={product.handle}>
                <Table.Cell>
                  {product.id ? (
                    <Link to={`/products/${product.id}`} className="text-ui-fg-interactive hover:underline">
                      {product.title}
                    </Link>
                  ) : (
                    <Text size="small">{product.handle}</Text>
                  )}
                </Table.Cell>
                <Table.Cell>
                  <div className="flex flex-col gap-1 py-1">
                    <div>
                      <Badge color={STATE_COLOR[product.state]} size="2xsmall">
                        {product.state}
                      </Badge>
                      {product.sold_out && (
                        <Badge color="orange" size="2xsmall" className="ml-1">
                          sold out
                        </Badge>
                      )}
                    </div>
                    {product.warning && (
                      <Text size="xsmall" className="text-ui-fg-error" role="note">
                        {product.warning}
                      </Text>
                    )}
                  </div>
                </Table.Cell>
                <SalesCells sales={product.sales} />
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export default JournalPostPage
