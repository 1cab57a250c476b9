import Link from "next/link"
import { REGION_LABEL } from "@/lib/region"
import type { RegionKey } from "@/lib/medusa/types"
import styles from "./Footer.module.css"

export function Footer({ region }: { region: RegionKey }) {
  return (
    <footer className={styles.footer}>
      <div className={`container ${styles.grid}`}>
        <section aria-labelledby="footer-shipping">
          <h2 id="footer-shipping" className={styles.heading}>
            Shipping &amp; returns
          </h2>
          <p>
            Standard shipping is free on orders over {region === "eu" ? "€140" : "$150"}. Every cushion is made to order in
            our workshop and ships within three working days. Not right for you? Send it back unused within 30 days for a
            full refund.
          </p>
        </section>
        <section aria-labelledby="footer-region">
          <h2 id="footer-region" className={styles.heading}>
            Your region
          </h2>
          <p>
            You are shopping in <strong>{REGION_LABEL[region]}</strong>.{" "}
            {region === "eu"
              ? "We ship to Austria, Belgium, Finland, France, Germany, Ireland, Italy, the Netherlands, Portugal and Spain."
              : "We ship across the United States; sales tax is added at checkout where it applies."}
          </p>
        </section>
        <nav aria-label="Footer">
          <h2 className={styles.heading}>Stillpoint</h2>
          <ul className={styles.links}>
            <li>
              <Link href={`/${region}/shop`}>Shop all</Link>
            </li>
            <li>
              <Link href={`/${region}/journal`}>Journal</Link>
            </li>
            <li>
              <Link href={`/${region}/account`}>Your account</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
