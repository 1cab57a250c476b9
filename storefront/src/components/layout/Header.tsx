import Link from "next/link"
import { SearchBox } from "@/components/search/SearchBox"
import { listCategories } from "@/lib/medusa/categories"
import type { RegionKey } from "@/lib/medusa/types"
import { HeaderSession } from "./HeaderSession"
import { RegionSwitcher } from "./RegionSwitcher"
import styles from "./Header.module.css"

export async function Header({ region }: { region: RegionKey }) {
  const categories = await listCategories().catch(() => [])
  return (
    <header className={styles.header}>
      <div className={`container ${styles.bar}`}>
        <Link href={`/${region}`} className={styles.logo}>
          <span aria-hidden="true" className={styles.mark} />
          Stillpoint
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <Link href={`/${region}/shop`} className={styles.navLink}>
            Shop
          </Link>
          <Link href={`/${region}/journal`} className={styles.navLink}>
            Journal
          </Link>
        </nav>
        <SearchBox region={region} />
        <div className={styles.tools}>
          <RegionSwitcher current={region} />
          <HeaderSession region={region} />
        </div>
      </div>
      {categories.length > 0 && (
        <nav aria-label="Categories" className={styles.categories}>
          <ul className="container">
            {categories.map((c) => (
              <li key={c.id}>
                <Link href={`/${region}/shop/${c.handle}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  )
}
