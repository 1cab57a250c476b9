import type { Metadata } from "next"
import { AccountNav } from "@/components/account/AccountNav"
import { AddressBook } from "@/components/account/AddressBook"
import { requireCustomer } from "@/lib/auth"
import { listAddresses } from "@/lib/medusa/customer"
import { getRegion, listRegions } from "@/lib/medusa/regions"

export const metadata: Metadata = { title: "Your addresses" }

export default async function AddressesPage({ params }: { params: Promise<{ region: string }> }) {
  const region = await getRegion((await params).region)
  await requireCustomer(region.key, `/${region.key}/account/addresses`)
  const [addresses, regions] = await Promise.all([listAddresses(), listRegions()])
  return (
    <>
      <h1>Your addresses</h1>
      <AccountNav region={region.key} />
      <AddressBook addresses={addresses} region={region.key} countries={region.countries} regions={regions} />
    </>
  )
}
