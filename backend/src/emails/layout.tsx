/** The frame every email shares: the shop's name and colours (storefront/src/app/globals.css). */
import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components"
import type { CSSProperties, ReactNode } from "react"

export const SHOP_NAME = "Stillpoint"

export const colours = {
  background: "#f4efe6",
  surface: "#fbf8f2",
  ink: "#2a2a33",
  muted: "#5f5b55",
  line: "#ddd3c2",
  accent: "#3a4a7d",
  accentInk: "#ffffff",
}

const serif = 'Georgia, "Times New Roman", serif'
const sans = 'system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif'

export const styles = {
  heading: { fontFamily: serif, fontWeight: 500, color: colours.ink, fontSize: "24px", margin: "0 0 16px" },
  subheading: { fontFamily: serif, fontWeight: 500, color: colours.ink, fontSize: "18px", margin: "24px 0 8px" },
  text: { fontFamily: sans, color: colours.ink, fontSize: "15px", lineHeight: "1.6", margin: "0 0 12px" },
  muted: { fontFamily: sans, color: colours.muted, fontSize: "13px", lineHeight: "1.5", margin: "0" },
  button: {
    fontFamily: sans,
    backgroundColor: colours.accent,
    color: colours.accentInk,
    borderRadius: "10px",
    padding: "12px 20px",
    fontSize: "15px",
    textDecoration: "none",
    display: "inline-block",
  },
  link: { color: colours.accent },
  hr: { borderColor: colours.line, margin: "24px 0" },
} satisfies Record<string, CSSProperties>

/** "Zafu cover — Sage": one string, so the HTML holds it as the text does. */
export const lineTitle = (item: { title: string; variantTitle: string }) => [item.title, item.variantTitle].filter(Boolean).join(" — ")

export function EmailLayout({ preview, storefrontUrl, children }: { preview: string; storefrontUrl: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: colours.background, margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: colours.surface, border: `1px solid ${colours.line}`, borderRadius: "10px", padding: "32px", maxWidth: "600px" }}>
          <Section>
            <Heading as="h1" style={{ ...styles.heading, fontSize: "20px", color: colours.accent, margin: "0 0 24px" }}>
              <Link href={storefrontUrl} style={{ color: colours.accent, textDecoration: "none" }}>
                {SHOP_NAME}
              </Link>
            </Heading>
          </Section>
          {children}
          <Hr style={styles.hr} />
          <Text style={styles.muted}>
            {SHOP_NAME} · meditation cushions and a journal · <Link href={storefrontUrl} style={styles.link}>{storefrontUrl.replace(/^https?:\/\//, "")}</Link>
          </Text>
        </Container>
      </Body>
    </Html>
  )
}

/** A postal address, one line each. */
export function AddressLines({ lines }: { lines: string[] }) {
  return (
    <Text style={styles.text}>
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: an email is rendered to static HTML once; React never reconciles this list
        <span key={index}>
          {line}
          <br />
        </span>
      ))}
    </Text>
  )
}

/** The button back to the order in the shop, closing every order email. */
export function ViewOrderButton({ href }: { href: string }) {
  return (
    <Text style={{ ...styles.text, marginTop: "24px" }}>
      <Link href={href} style={styles.button}>
        View your order
      </Link>
    </Text>
  )
}
