import { medusa } from "@/lib/medusa/client"

export const dynamic = "force-dynamic"

export default async function Home() {
  const { products } = await medusa.store.product.list({ limit: 50, fields: "title,handle" })
  return (
    <main>
      <h1>Stillpoint</h1>
      <ul>
        {products.map((p) => (
          <li key={p.id}>{p.title}</li>
        ))}
      </ul>
    </main>
  )
}
