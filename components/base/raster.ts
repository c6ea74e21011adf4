/**
 * PNG export without loading an image: a small painter that draws a rendered SVG onto a
 * canvas by walking its DOM, so it works under a portal's `img-src 'self'` policy, where an
 * SVG loaded as a data: or blob: image is refused (and Chromium's createImageBitmap cannot
 * decode SVG at all). Shared by every widget.
 *
 * It paints what our charts draw: `g` (transform, opacity), `rect`, `path`, `line`,
 * `circle`, `ellipse`, `polyline`, `polygon` and `text`/`tspan`, with their computed fill,
 * stroke, opacity, dashes, caps and paint order, and fills from a `<pattern>` (the hatch of
 * unbalanced nodes). Other elements (images, clip paths, masks, filters, markers) are left
 * out. Text is placed where the browser laid it out, so the SVG must be rendered (in the
 * page, not `display: none`); rotated text is drawn upright.
 */

import { NOTE_BASELINE, NOTE_LINE, NOTE_START, type ExportNote } from './export.js';

export interface RasterOptions {
  /** Pixels per CSS pixel of the drawing (2 for sharp print). */
  scale: number;
  /** Painted behind everything (the theme's background). */
  background?: string | undefined;
  /** A line under the chart (its unit), added to the image's height. */
  note?: ExportNote | undefined;
}

// Chromium's canvas limits: 32,767 px a side, 268 M pixels in all.
const MAX_SIDE = 32767;
const MAX_AREA = 268_435_456;

/**
 * Draw `svg` (rendered in the page) into a PNG blob of `scale` × its width and height
 * attributes. Rejects with an Error saying why when it cannot (not rendered, too large,
 * no 2D canvas, encoding failed); never leaves an image request behind.
 */
export async function rasterizeSvg(svg: SVGSVGElement, options: RasterOptions): Promise<Blob> {
  // A scale the caller got wrong is an error to report, not a silent 2×.
  const scale = options.scale;
  if (typeof scale !== 'number' || !Number.isFinite(scale) || scale <= 0) {
    throw new RangeError(`PNG scale must be a positive number, got ${String(scale)}`);
  }
  const box = svg.getBoundingClientRect();
  if (!svg.isConnected || box.width === 0 || box.height === 0) {
    throw new Error('the chart is not displayed, so it cannot be drawn as PNG');
  }
  const width = svg.width.baseVal.value || box.width;
  const height = svg.height.baseVal.value || box.height;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round((height + (options.note ? NOTE_LINE : 0)) * scale));
  if (canvas.width > MAX_SIDE || canvas.height > MAX_SIDE || canvas.width * canvas.height > MAX_AREA) {
    throw new Error(`a PNG of ${canvas.width} × ${canvas.height} px is larger than a canvas can hold; use a smaller scale`);
  }
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser has no 2D canvas to draw the PNG');
  if (options.background) {
    context.fillStyle = options.background;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  const painter = new Painter(context, svg, new DOMMatrix().scale(scale), {
    // Client pixels → canvas pixels, for text placed where the browser laid it out.
    left: box.left,
    top: box.top,
    factor: (width / box.width) * scale,
  });
  painter.children(svg, new DOMMatrix().scale(scale).multiply(viewBoxMatrix(svg, width, height)), 1);
  if (options.note) {
    context.fillStyle = options.note.colour;
    context.font = `${12 * scale}px ${options.note.font}`;
    context.fillText(options.note.text, NOTE_START * scale, (height + NOTE_BASELINE) * scale);
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the PNG');
  return blob;
}

/** The root's viewBox → viewport transform (preserveAspectRatio's default, xMidYMid meet). */
function viewBoxMatrix(svg: SVGSVGElement, width: number, height: number): DOMMatrix {
  const view = svg.viewBox.baseVal;
  if (!view || !view.width || !view.height) return new DOMMatrix();
  const factor = Math.min(width / view.width, height / view.height);
  const dx = (width - view.width * factor) / 2 - view.x * factor;
  const dy = (height - view.height * factor) / 2 - view.y * factor;
  return new DOMMatrix([factor, 0, 0, factor, dx, dy]);
}

/** The element's own `transform` attribute as a matrix. */
function ownTransform(element: Element): DOMMatrix {
  const list = (element as SVGGraphicsElement).transform?.baseVal;
  const matrix = list?.numberOfItems ? list.consolidate()?.matrix : undefined;
  return matrix ? DOMMatrix.fromMatrix(matrix) : new DOMMatrix();
}

// Never painted directly: definitions, metadata, and what the painter does not support.
const SKIPPED = new Set(['defs', 'title', 'desc', 'metadata', 'style', 'script', 'pattern', 'clipPath', 'mask', 'marker', 'symbol', 'linearGradient', 'radialGradient', 'filter', 'foreignObject', 'image', 'use']);

interface ClientFrame {
  left: number;
  top: number;
  factor: number;
}

class Painter {
  constructor(
    private readonly context: CanvasRenderingContext2D,
    private readonly root: SVGSVGElement,
    private readonly pixels: DOMMatrix,
    private readonly client: ClientFrame,
  ) {}

  children(parent: Element, matrix: DOMMatrix, opacity: number): void {
    for (const child of parent.children) this.element(child, matrix, opacity);
  }

  private element(element: Element, parentMatrix: DOMMatrix, parentOpacity: number): void {
    if (SKIPPED.has(element.localName)) return;
    const style = getComputedStyle(element);
    if (style.display === 'none') return;
    const matrix = parentMatrix.multiply(ownTransform(element));
    const opacity = parentOpacity * number(style.opacity, 1);
    if (element.localName === 'g' || element.localName === 'a' || element.localName === 'svg') {
      this.children(element, matrix, opacity);
      return;
    }
    if (element.localName === 'text') {
      this.text(element as SVGTextElement, opacity);
      return;
    }
    const shape = shapeOf(element);
    if (!shape || style.visibility !== 'visible') return;
    this.context.setTransform(matrix);
    this.paintShape(element, shape, style, opacity, matrix);
  }

  private paintShape(element: Element, shape: Path2D, style: CSSStyleDeclaration, opacity: number, matrix: DOMMatrix): void {
    const context = this.context;
    const fill = this.paint(element, style.fill, matrix);
    if (fill) {
      context.globalAlpha = opacity * number(style.fillOpacity, 1);
      context.fillStyle = fill;
      context.fill(shape, style.fillRule === 'evenodd' ? 'evenodd' : 'nonzero');
    }
    const stroke = this.paint(element, style.stroke, matrix);
    const lineWidth = number(style.strokeWidth, 1);
    if (stroke && lineWidth > 0) {
      context.globalAlpha = opacity * number(style.strokeOpacity, 1);
      context.strokeStyle = stroke;
      this.strokeStyle(style, lineWidth);
      context.stroke(shape);
    }
    context.globalAlpha = 1;
  }

  private strokeStyle(style: CSSStyleDeclaration, lineWidth: number): void {
    const context = this.context;
    context.lineWidth = lineWidth;
    context.lineCap = (['butt', 'round', 'square'].includes(style.strokeLinecap) ? style.strokeLinecap : 'butt') as CanvasLineCap;
    context.lineJoin = (['miter', 'round', 'bevel'].includes(style.strokeLinejoin) ? style.strokeLinejoin : 'miter') as CanvasLineJoin;
    context.miterLimit = number(style.strokeMiterlimit, 4);
    const dashes = style.strokeDasharray === 'none' ? [] : style.strokeDasharray.split(/[\s,]+/).map((part) => number(part, 0));
    context.setLineDash(dashes.every((dash) => dash >= 0) && dashes.some((dash) => dash > 0) ? dashes : []);
    context.lineDashOffset = number(style.strokeDashoffset, 0);
  }

  /** A fill or stroke value as a canvas style: a colour, a pattern, or null for none. */
  private paint(element: Element, value: string, matrix: DOMMatrix): string | CanvasPattern | null {
    if (!value || value === 'none') return null;
    const reference = /^url\(["']?#([^"')]+)["']?\)\s*(.*)$/.exec(value);
    if (!reference) return value;
    const target: Element | null = (element.getRootNode() as Document | ShadowRoot).getElementById?.(reference[1]!) ?? null;
    if (target instanceof SVGPatternElement) return this.pattern(target, matrix);
    // An unsupported paint server: its fallback colour, if any.
    const fallback = reference[2]?.trim();
    return fallback && fallback !== 'none' ? fallback : null;
  }

  /** A `userSpaceOnUse` pattern, painted once as a tile at the drawing's resolution. */
  private pattern(pattern: SVGPatternElement, matrix: DOMMatrix): CanvasPattern | null {
    const width = pattern.width.baseVal.value;
    const height = pattern.height.baseVal.value;
    if (!(width > 0 && height > 0) || pattern.patternUnits.baseVal !== SVGUnitTypes.SVG_UNIT_TYPE_USERSPACEONUSE) return null;
    const resolution = Math.max(1, Math.hypot(matrix.a, matrix.b));
    const tile = document.createElement('canvas');
    tile.width = Math.max(1, Math.ceil(width * resolution));
    tile.height = Math.max(1, Math.ceil(height * resolution));
    const tileContext = tile.getContext('2d');
    if (!tileContext) return null;
    const tileMatrix = new DOMMatrix().scale(tile.width / width, tile.height / height);
    new Painter(tileContext, this.root, tileMatrix, this.client).children(pattern, tileMatrix, 1);
    const canvasPattern = this.context.createPattern(tile, 'repeat');
    const transform = pattern.patternTransform.baseVal;
    const patternMatrix = transform.numberOfItems ? DOMMatrix.fromMatrix(transform.consolidate()!.matrix) : new DOMMatrix();
    canvasPattern?.setTransform(
      patternMatrix
        .translate(pattern.x.baseVal.value, pattern.y.baseVal.value)
        .scale(width / tile.width, height / tile.height),
    );
    return canvasPattern;
  }

  /**
   * Text, one DOM text node at a time, where the browser laid it out (so anchors, tspans,
   * baselines and bidi need no re-implementation); the canvas shapes the string itself.
   */
  private text(text: SVGTextElement, opacity: number): void {
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const content = (node as Text).data.replace(/\s+/g, ' ').trim();
      const parent = node.parentElement;
      if (!content || !parent) continue;
      const style = getComputedStyle(parent);
      if (style.visibility !== 'visible' || parent.closest('title, desc')) continue;
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (!box.width && !box.height) continue;
      this.glyphs(content, parent as unknown as SVGGraphicsElement, style, box, opacity);
    }
  }

  private glyphs(content: string, element: SVGGraphicsElement, style: CSSStyleDeclaration, box: DOMRect, opacity: number): void {
    const context = this.context;
    const { left, top, factor } = this.client;
    const ctm = element.getCTM?.();
    const size = number(style.fontSize, 12) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1) * this.pixelScale();
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.font = `${style.fontStyle} ${style.fontWeight} ${size}px ${style.fontFamily}`;
    context.direction = style.direction === 'rtl' ? 'rtl' : 'ltr';
    context.textAlign = 'left';
    context.textBaseline = 'alphabetic';
    const x = (box.left - left) * factor;
    const y = (box.top - top) * factor + context.measureText(content).fontBoundingBoxAscent;
    const fill = style.fill && style.fill !== 'none' && !style.fill.startsWith('url(') ? style.fill : null;
    const stroke = style.stroke && style.stroke !== 'none' && !style.stroke.startsWith('url(') ? style.stroke : null;
    const strokeWidth = number(style.strokeWidth, 1) * this.pixelScale();
    const paintFill = () => {
      if (!fill) return;
      context.globalAlpha = opacity * number(style.fillOpacity, 1);
      context.fillStyle = fill;
      context.fillText(content, x, y);
    };
    const paintStroke = () => {
      if (!stroke || strokeWidth <= 0) return;
      context.globalAlpha = opacity * number(style.strokeOpacity, 1);
      context.strokeStyle = stroke;
      this.strokeStyle(style, strokeWidth);
      context.setLineDash([]);
      context.strokeText(content, x, y);
    };
    // paint-order: stroke draws the halo under the letters, as the chart does.
    if (style.paintOrder.trim().startsWith('stroke')) {
      paintStroke();
      paintFill();
    } else {
      paintFill();
      paintStroke();
    }
    context.globalAlpha = 1;
  }

  /** Canvas pixels per viewport pixel. */
  private pixelScale(): number {
    return Math.hypot(this.pixels.a, this.pixels.b);
  }
}

/** The outline of a basic shape from its geometry attributes, or null for anything else. */
function shapeOf(element: Element): Path2D | null {
  const path = new Path2D();
  const length = (value: SVGAnimatedLength) => value.animVal.value;
  switch (element.localName) {
    case 'path':
      return new Path2D(element.getAttribute('d') ?? '');
    case 'rect': {
      const rect = element as SVGRectElement;
      const [x, y, width, height] = [rect.x, rect.y, rect.width, rect.height].map(length) as [number, number, number, number];
      if (!(width > 0 && height > 0)) return null;
      const radius = Math.min(length(rect.rx) || length(rect.ry), width / 2, height / 2);
      if (radius > 0) path.roundRect(x, y, width, height, radius);
      else path.rect(x, y, width, height);
      return path;
    }
    case 'line': {
      const line = element as SVGLineElement;
      path.moveTo(length(line.x1), length(line.y1));
      path.lineTo(length(line.x2), length(line.y2));
      return path;
    }
    case 'circle': {
      const circle = element as SVGCircleElement;
      path.arc(length(circle.cx), length(circle.cy), Math.max(0, length(circle.r)), 0, 2 * Math.PI);
      return path;
    }
    case 'ellipse': {
      const ellipse = element as SVGEllipseElement;
      path.ellipse(length(ellipse.cx), length(ellipse.cy), Math.max(0, length(ellipse.rx)), Math.max(0, length(ellipse.ry)), 0, 0, 2 * Math.PI);
      return path;
    }
    case 'polyline':
    case 'polygon': {
      const points = [...(element as SVGPolylineElement).points];
      points.forEach((point, index) => (index ? path.lineTo(point.x, point.y) : path.moveTo(point.x, point.y)));
      if (element.localName === 'polygon') path.closePath();
      return path;
    }
    default:
      return null;
  }
}

/** A computed length or number ("3px", "0.35") as a number, or `fallback`. */
function number(value: string | null | undefined, fallback: number): number {
  const parsed = Number.parseFloat(value ?? '');
  return Number.isFinite(parsed) ? parsed : fallback;
}
