/** A share card with every kind of text a card carries, and the fonts' metrics, for the share-image tests. */
import { readFileSync } from 'node:fs';
import { fontMetrics } from '../../src/lib/share-image/font-metrics.ts';
import type { Fonts, ShareCard } from '../../src/lib/share-image/svg.ts';
import { FONT_FILES } from '../../scripts/lib/og-render.ts';

export const fonts: Fonts = { regular: fontMetrics(readFileSync(FONT_FILES.regular)), bold: fontMetrics(readFileSync(FONT_FILES.bold)) };

export const testCard = (over: Partial<ShareCard> = {}): ShareCard => ({
  path: '/og/x.png',
  pagePath: '/x/',
  siteName: 'Regionalbudget-Portal Sachsen',
  host: 'regionalbudget.example.org',
  // Kerning pairs (AV, To, Wa), ligatures (fi, fl), umlauts, ß, quotes, an en dash, escaping.
  kicker: 'Maßnahme 12 · Regionalbudget Landkreis Görlitz „Süd“ & <Ost>',
  title: 'Finanzierung fließt: AVANT-Tourismus, Wasserwege und Töpferei-Werkstätten für Zittau',
  figures: [
    { label: 'Budget', value: '1.234.567,89\u00a0€' },
    { label: 'Zeitraum laut Zeitplan', value: 'III/2022 – II/2025' },
    { label: 'Förderung genehmigt', value: '07/2022–06/2025' },
  ],
  ...over,
});
