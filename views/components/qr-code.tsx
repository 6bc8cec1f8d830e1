/**
 * A QR code as inline SVG: crisp square modules on white with a four-module quiet zone.
 * It takes the dark modules as path data from our own encoder and builds the markup with
 * JSX, so the label and the path are escaped like any attribute or text.
 */

/** Props of QrCode. */
export interface QrCodeProps {
  /** Modules per side, without the quiet zone. */
  readonly size: number
  /** The dark modules as SVG path data, one unit per module (see `qrPath`). */
  readonly path: string
  /** What the code is for; read by screen readers as the image's name. */
  readonly label: string
}

const QUIET = 4

/** Renders the code as an image with an accessible name. */
export function QrCode(props: QrCodeProps) {
  const side = props.size + 2 * QUIET
  return (
    <svg
      class='qr-code'
      xmlns='http://www.w3.org/2000/svg'
      viewBox={`-${QUIET} -${QUIET} ${side} ${side}`}
      role='img'
      shape-rendering='crispEdges'
    >
      <title>{props.label}</title>
      <rect x={-QUIET} y={-QUIET} width={side} height={side} fill='#fff' />
      <path fill='#000' d={props.path} />
    </svg>
  )
}
