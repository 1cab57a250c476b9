/**
 * Draws the catalog's product pictures as SVG, so the shop ships its own images
 * (no stock photos, nothing downloaded). The seed renders them to WebP with sharp.
 */
export type ArtKind =
  | "round-zafu"
  | "tall-zafu"
  | "travel-zafu"
  | "crescent-zafu"
  | "zabuton"
  | "folding-zabuton"
  | "bench"
  | "folding-bench"
  | "rect-bolster"
  | "round-bolster"
  | "knee-pillows"
  | "zafu-set"
  | "bench-set"
  | "cover"
  | "fill-bag"
  | "bell"
  | "mala"
  | "shawl"
  | "strap"

export type ArtView = "front" | "above"

const WOOD = "#b7834f"
const WOOD_DARK = "#8a5a32"

function shade(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16)
  const channel = (shift: number) => {
    const value = (n >> shift) & 0xff
    const next = amount < 0 ? value * (1 + amount) : value + (255 - value) * amount
    return Math.max(0, Math.min(255, Math.round(next)))
  }
  return `#${[16, 8, 0].map((s) => channel(s).toString(16).padStart(2, "0")).join("")}`
}

const shadow = (cx: number, cy: number, rx: number) =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${rx * 0.12}" fill="#000" opacity="0.12"/>`

function pleats(cx: number, cy: number, rx: number, ry: number, color: string, count = 14) {
  let lines = ""
  for (let i = 0; i < count; i++) {
    const angle = (Math.PI * 2 * i) / count
    const x = cx + Math.cos(angle) * rx
    const y = cy + Math.sin(angle) * ry
    lines += `<line x1="${cx}" y1="${cy}" x2="${x.toFixed(1)}" y2="${y.toFixed(1)}" stroke="${color}" stroke-width="3" opacity="0.45"/>`
  }
  return lines
}

function zafu(c: string, view: ArtView, height: number, width = 300) {
  if (view === "above") {
    return `<circle cx="400" cy="400" r="${width}" fill="${c}"/>${pleats(400, 400, width - 10, width - 10, shade(c, -0.35), 18)}<circle cx="400" cy="400" r="26" fill="${shade(c, -0.3)}"/>`
  }
  const top = 560 - height
  return `${shadow(400, 600, width + 20)}
  <path d="M${400 - width} 560 Q${400 - width - 20} ${top + height / 2} ${400 - width + 30} ${top + 20} Q400 ${top - 40} ${400 + width - 30} ${top + 20} Q${400 + width + 20} ${top + height / 2} ${400 + width} 560 Q400 ${600} ${400 - width} 560Z" fill="${c}"/>
  <ellipse cx="400" cy="${top + 20}" rx="${width - 30}" ry="40" fill="${shade(c, 0.12)}"/>
  ${pleats(400, top + 20, width - 40, 34, shade(c, -0.3), 16)}
  <path d="M${400 - width + 10} ${560 - height * 0.45} Q400 ${600 - height * 0.45} ${400 + width - 10} ${560 - height * 0.45}" stroke="${shade(c, -0.25)}" stroke-width="4" fill="none" opacity="0.5"/>
  <rect x="${400 + width - 90}" y="${560 - height * 0.62}" width="70" height="26" rx="8" fill="${shade(c, -0.2)}"/>`
}

function crescent(c: string, view: ArtView) {
  if (view === "above") {
    return `<path d="M130 470 Q400 120 670 470 Q560 380 400 380 Q240 380 130 470Z" fill="${c}"/><path d="M180 440 Q400 200 620 440" stroke="${shade(c, -0.3)}" stroke-width="4" fill="none" opacity="0.5"/>`
  }
  return `${shadow(400, 600, 320)}<path d="M110 560 Q120 330 400 330 Q680 330 690 560 Q560 520 400 520 Q240 520 110 560Z" fill="${c}"/><path d="M150 520 Q400 360 650 520" stroke="${shade(c, -0.3)}" stroke-width="5" fill="none" opacity="0.45"/><ellipse cx="400" cy="345" rx="220" ry="22" fill="${shade(c, 0.15)}"/>`
}

function zabuton(c: string, view: ArtView, folded = false) {
  if (view === "above") {
    const tufts = [260, 400, 540].flatMap((x) => [300, 500].map((y) => `<circle cx="${x}" cy="${y}" r="9" fill="${shade(c, -0.35)}"/>`)).join("")
    const fold = folded ? `<line x1="400" y1="180" x2="400" y2="620" stroke="${shade(c, -0.3)}" stroke-width="6"/>` : ""
    return `<rect x="130" y="180" width="540" height="440" rx="40" fill="${c}"/>${tufts}${fold}`
  }
  const layers = folded
    ? `<rect x="190" y="430" width="420" height="70" rx="30" fill="${shade(c, -0.1)}"/><rect x="190" y="495" width="420" height="70" rx="30" fill="${c}"/>`
    : `<path d="M90 560 L170 470 L630 470 L710 560 Z" fill="${shade(c, 0.1)}"/><rect x="90" y="540" width="620" height="46" rx="16" fill="${c}"/>`
  return `${shadow(400, 600, 330)}${layers}`
}

function bench(view: ArtView, cushion?: string, folding = false) {
  const pad = cushion ? `<rect x="190" y="${view === "above" ? 250 : 358}" width="420" height="${view === "above" ? 300 : 30}" rx="14" fill="${cushion}"/>` : ""
  if (view === "above") {
    return `<rect x="170" y="230" width="460" height="340" rx="20" fill="${WOOD}"/><g stroke="${WOOD_DARK}" stroke-width="3" opacity="0.35"><path d="M190 300 Q400 280 610 300"/><path d="M190 400 Q400 380 610 400"/><path d="M190 500 Q400 480 610 500"/></g>${pad}`
  }
  const hinge = folding ? `<circle cx="220" cy="400" r="10" fill="#555"/><circle cx="580" cy="400" r="10" fill="#555"/>` : ""
  return `${shadow(400, 600, 300)}<path d="M160 380 L640 350 L640 385 L160 415Z" fill="${WOOD}"/><rect x="190" y="400" width="50" height="190" rx="6" fill="${WOOD_DARK}"/><rect x="560" y="380" width="50" height="210" rx="6" fill="${WOOD_DARK}"/>${hinge}${pad}`
}

function bolster(c: string, view: ArtView, round: boolean) {
  if (view === "above") {
    return `<rect x="120" y="${round ? 300 : 270}" width="560" height="${round ? 200 : 260}" rx="${round ? 100 : 60}" fill="${c}"/><rect x="360" y="${round ? 300 : 270}" width="80" height="${round ? 200 : 260}" fill="${shade(c, -0.15)}"/>`
  }
  return round
    ? `${shadow(400, 600, 300)}<rect x="130" y="410" width="540" height="180" rx="90" fill="${c}"/><ellipse cx="640" cy="500" rx="40" ry="90" fill="${shade(c, -0.2)}"/><path d="M640 420 L640 580" stroke="${shade(c, -0.4)}" stroke-width="3"/>`
    : `${shadow(400, 600, 300)}<rect x="120" y="420" width="560" height="170" rx="70" fill="${c}"/><path d="M180 440 L620 440" stroke="${shade(c, 0.25)}" stroke-width="8" stroke-linecap="round"/><rect x="370" y="400" width="60" height="40" rx="12" fill="${shade(c, -0.3)}"/>`
}

function bag(c: string, label: string) {
  return `${shadow(400, 610, 230)}<path d="M230 600 L250 270 Q400 230 550 270 L570 600Z" fill="${c}"/><path d="M240 300 Q400 260 560 300" stroke="${shade(c, -0.3)}" stroke-width="6" fill="none"/><rect x="300" y="380" width="200" height="120" rx="10" fill="#fbf7ef"/><text x="400" y="452" font-family="Georgia, serif" font-size="34" text-anchor="middle" fill="#3b3a36">${label}</text>`
}

function draw(kind: ArtKind, c: string, view: ArtView): string {
  switch (kind) {
    case "round-zafu":
      return zafu(c, view, 190)
    case "tall-zafu":
      return zafu(c, view, 250, 270)
    case "travel-zafu":
      return zafu(c, view, 150, 230)
    case "crescent-zafu":
      return crescent(c, view)
    case "zabuton":
      return zabuton(c, view)
    case "folding-zabuton":
      return zabuton(c, view, true)
    case "bench":
      return bench(view)
    case "folding-bench":
      return bench(view, undefined, true)
    case "rect-bolster":
      return bolster(c, view, false)
    case "round-bolster":
      return bolster(c, view, true)
    case "knee-pillows":
      return `${shadow(400, 600, 300)}<ellipse cx="270" cy="520" rx="140" ry="70" fill="${c}"/><ellipse cx="530" cy="520" rx="140" ry="70" fill="${shade(c, -0.08)}"/>`
    case "zafu-set":
      return view === "above" ? `${zabuton(c, "above")}<circle cx="400" cy="400" r="170" fill="${shade(c, -0.15)}"/>` : `${zabuton(c, "front")}<g transform="translate(120 -60) scale(0.7)">${zafu(shade(c, -0.15), "front", 200)}</g>`
    case "bench-set":
      return view === "above" ? `${zabuton(c, "above")}<g transform="translate(140 140) scale(0.65)">${bench("above")}</g>` : `${zabuton(c, "front")}<g transform="translate(100 -40) scale(0.75)">${bench("front")}</g>`
    case "cover":
      return `${shadow(400, 600, 280)}<path d="M140 560 Q140 420 400 400 Q660 420 660 560 Q400 600 140 560Z" fill="${c}"/><path d="M200 470 L600 470" stroke="${shade(c, -0.4)}" stroke-width="5" stroke-dasharray="14 10"/><rect x="560" y="455" width="30" height="30" rx="4" fill="#c9b27c"/>`
    case "fill-bag":
      return bag(c, view === "above" ? "REFILL" : "FILL")
    case "bell":
      return `${shadow(400, 610, 240)}<ellipse cx="400" cy="585" rx="230" ry="30" fill="#7a4a2c"/><path d="M180 380 Q190 575 400 575 Q610 575 620 380Z" fill="${c}"/><ellipse cx="400" cy="380" rx="220" ry="34" fill="${shade(c, -0.35)}"/><ellipse cx="400" cy="376" rx="206" ry="26" fill="${shade(c, -0.15)}"/><rect x="560" y="230" width="22" height="230" rx="11" transform="rotate(35 571 345)" fill="${WOOD_DARK}"/>`
    case "mala": {
      const beads = Array.from({ length: 36 }, (_, i) => {
        const a = (Math.PI * 2 * i) / 36
        return `<circle cx="${(400 + Math.cos(a) * 210).toFixed(1)}" cy="${(380 + Math.sin(a) * 190).toFixed(1)}" r="17" fill="${shade(c, i % 9 === 0 ? -0.3 : 0)}"/>`
      }).join("")
      return `${beads}<path d="M400 570 L380 680 L420 680Z" fill="${shade(c, -0.25)}"/>`
    }
    case "shawl":
      return `${shadow(400, 610, 280)}<path d="M150 300 Q400 230 650 300 L620 590 Q400 620 180 590Z" fill="${c}"/><path d="M180 590 L180 620 M220 595 L220 625 M260 598 L260 628 M540 598 L540 628 M580 595 L580 625 M620 590 L620 620" stroke="${shade(c, -0.3)}" stroke-width="6"/>`
    case "strap":
      return `<path d="M160 420 Q400 200 640 420" stroke="${c}" stroke-width="46" fill="none" stroke-linecap="round"/><rect x="370" y="280" width="60" height="46" rx="8" fill="#c9b27c"/>`
  }
}

/** A square 800x800 picture of `kind` in `color`, seen from the `view`. */
export function productArt(kind: ArtKind, color: string, view: ArtView): string {
  const background = view === "front" ? "#f4efe6" : "#ece5d8"
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800"><rect width="800" height="800" fill="${background}"/>${draw(kind, color, view)}</svg>`
}
