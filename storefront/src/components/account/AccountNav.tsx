import Link from "next/link"
import { logoutAction } from "@/lib/actions/account"
import type { RegionKey } from "@/lib/medusa/types"
import styles from "./Account.module.css"

export function AccountNav({ region }: { region: RegionKey }) {
  return (
    <nav aria-label="Account" className={styles.nav}>
      <Link href={`/${region}/account`}>Overview</Link>
      <Link href={`/${region}/account/orders`}>Orders</Link>
      <Link href={`/${region}/account/addresses`}>Addresses</Link>
      <form action={logoutAction}>
        <input type="hidden" name="region" value={region} />
        <button type="submit" className="button button-secondary">
          Log out
        </button>
      </form>
    </nav>
  )
}
