// A Document using every block and inline the model has, in Bosnian and Ukrainian, for the writers' tests.
import type { Block, Document, Inline, TableRow } from '../../src/document/model.js';

const t = (text: string): Inline => ({ type: 'text', text });
const p = (...children: Inline[]): Block => ({ type: 'paragraph', children });
const cell = (text: string, extra: Partial<TableRow['cells'][number]> = {}): TableRow['cells'][number] => ({ blocks: [p(t(text))], ...extra });

const actionRows: TableRow[] = Array.from({ length: 40 }, (_, i) => ({
  cells: [
    cell(`1.${i + 1}`),
    cell(`Obuka žena za učešće u lokalnim izborima, korak ${i + 1} — čćđšž ČĆĐŠŽ`),
    cell('Gradska uprava; Centar za socijalni rad'),
    cell('2019–2022', { align: 'center' }),
    cell(`${(i + 1) * 1000} BAM`, { align: 'right' }),
  ],
}));

export const sampleDocument: Document = {
  meta: {
    title: 'Lokalni akcioni plan Grada Tuzla 2019–2022',
    subject: 'Implementacija UNSCR 1325 „Žene, mir i sigurnost“',
    author: 'Grad Tuzla',
    keywords: ['UNSCR 1325', 'žene', 'mir', 'sigurnost'],
    language: 'bs',
    date: new Date(Date.UTC(2019, 5, 27)),
  },
  blocks: [
    { type: 'paragraph', role: 'title', children: [t('Lokalni akcioni plan za implementaciju UNSCR 1325')] },
    { type: 'paragraph', role: 'subtitle', children: [t('Grad Tuzla, 2019–2022')] },
    { type: 'paragraph', role: 'center', children: [t('Usvojilo Gradsko vijeće Grada Tuzla, 27. 6. 2019.')] },
    { type: 'page-break' },
    { type: 'toc', title: 'Sadržaj', depth: 3 },
    { type: 'page-break' },
    { type: 'heading', level: 1, numbered: true, id: 'uvod', children: [t('Uvod')] },
    p(t('Rezolucija 1325 Vijeća sigurnosti UN-a poziva na '), { type: 'strong', children: [t('ravnopravno učešće žena')] }, t(' u '), { type: 'em', children: [t('svim')] }, t(' procesima.'), { type: 'break' }, t('Više na '), { type: 'link', href: 'https://www.un.org/womenwatch/osagi/wps/', children: [t('stranici UN-a')] }, t('.')),
    { type: 'heading', level: 2, numbered: true, id: 'kontekst', children: [t('Lokalni kontekst')] },
    p(t('Українською: Жінки, мир, безпека. Ελληνικά: Γυναίκες, ειρήνη και ασφάλεια.')),
    {
      type: 'list',
      ordered: false,
      items: [[p(t('nasilje u porodici'))], [p(t('ekonomska nesigurnost žena na selu')), { type: 'list', ordered: true, items: [[p(t('poljoprivreda'))], [p(t('zapošljavanje'))]] }], [p(t('deminiranje'))]],
    },
    { type: 'list', ordered: true, items: [[p(t('prvi korak'))], [p(t('drugi korak'))]] },
    { type: 'heading', level: 3, numbered: true, children: [t('Radna grupa')] },
    {
      type: 'table',
      columns: [3, 1, 1],
      caption: 'Sastav radne grupe',
      head: [{ cells: [cell('Sektor', { rowspan: 2 }), cell('Spol', { colspan: 2, align: 'center' })] }, { cells: [cell('žene', { align: 'center' }), cell('muškarci', { align: 'center' })] }],
      body: [
        { cells: [cell('Lokalna uprava'), cell('3', { align: 'right', fill: '#e2efda' }), cell('1', { align: 'right' })] },
        { cells: [cell('Civilno društvo'), cell('4', { align: 'right', fill: '#c6e0b4' }), cell('0', { align: 'right' })] },
      ],
    },
    {
      type: 'section',
      orientation: 'landscape',
      blocks: [
        { type: 'heading', level: 1, numbered: true, id: 'matrica', children: [t('Matrica aktivnosti')] },
        { type: 'table', columns: [1, 6, 3, 1.5, 1.5], head: [{ cells: [cell('Id'), cell('Aktivnost'), cell('Nosilac'), cell('Rok'), cell('Budžet')] }], body: actionRows },
      ],
    },
    { type: 'heading', level: 1, numbered: false, children: [t('Aneks: rezolucije')] },
    p(t('1325 (2000), 1820 (2008), 1888 (2009).')),
  ],
};
