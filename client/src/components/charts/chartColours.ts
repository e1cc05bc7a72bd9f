/**
 * The chart's colours, shared by the Recharts drawing and the HTML legend. Each series also
 * differs in shape (thick line with dots, thin step line, dashes, a filled band), so none is
 * told apart by colour alone. Lines keep ≥ 3:1 against white (WCAG 1.4.11).
 */
export const chartColours = {
  actual: '#0a4f9c',
  target: '#1b1f24',
  targetBand: '#cfeadf',
  targetBandEdge: '#007a5a',
  riskBand: '#fbe3ae',
  projection: '#0a4f9c',
  annotation: '#4a5260',
  grid: '#dde2e8',
  text: '#1b1f24',
} as const;
