import type { CSSProperties } from 'react';

const hexColour = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * The goal's colour as a CSS custom property, used only for an accent border: the goal's
 * number and title always say which goal it is. Set through the style prop (CSSOM), which a
 * strict Content-Security-Policy allows, unlike a style attribute in HTML.
 */
export function goalAccent(colour: string): CSSProperties {
  return hexColour.test(colour) ? ({ '--goal-colour': colour } as CSSProperties) : {};
}
