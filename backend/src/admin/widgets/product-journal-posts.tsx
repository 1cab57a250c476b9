import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Alert, Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { PostStatusBadge } from "../components/post-status-badge"
import { formatRevenue, lastDays, useProductPosts } from "../lib/journal-api"

/**
 * On a product: the journal posts that link it, with what each sold of it in the last 30 days.
 * While the product is published and a published post links it, a warning names the posts:
 * unpublishing it turns their cards into "no longer available".
 */
const ProductJournalPosts = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data } = useProductPosts(product.id, lastDays(30))
  if (!data?.posts.length) return null
  const live = data.posts.filter((post) => post.status === "published")
  return (
    <Container className="divide-y p-0" role="region" aria-labelledby="product-journal-heading">
      <div className="px-6 py-4">
        <Heading level="h2" id="product-journal-heading">
          In the journal
        </Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Posts that link this product, and what they sold of it in the last 30 days.
        </Text>
      </div>
      {product.status === "published" && live.length > 0 && (
        <div className="px-6 py-4">
          <Alert variant="warning">
            Before unpublishing: {live.length === 1 ? "the post" : `${live.length} posts`} {live.map((post) => `“${post.title}”`).join(", ")}{" "}
            {live.length === 1 ? "links" : "link"} this product. Unpublished, it shows there as “no longer available”.
          </Alert>
        </div>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Post</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Revenue</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.posts.map((post) => (
            <Table.Row key={post.slug}>
              <Table.Cell className="whitespace-normal py-2">
                <Link to={`/journal/${post.slug}`} className="text-ui-fg-interactive hover:underline">
                  {post.title}
                </Link>
                <div className="mt-1">
                  <PostStatusBadge post={post} />
                </div>
              </Table.Cell>
              <Table.Cell className="text-right">{post.sales.orders}</Table.Cell>
              <Table.Cell className="text-right">{formatRevenue(post.sales.revenue)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

// In the side column, seen with the product's status without scrolling past its variants.
export const config = defineWidgetConfig({ zone: "product.details.side.before" })

export default ProductJournalPosts
