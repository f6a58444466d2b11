// Builds resources/groningen-noord.profile.json, the embedded area profile the store loads on first
// start, from the reference facts in ../shared/domain/groningen-noord.json. The output is committed:
// the app and CI never need the reference folder. Rerun after the reference changes: `npm run profile`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, '..', 'shared', 'domain', 'groningen-noord.json');
const facts = JSON.parse(readFileSync(source, 'utf8'));

const ROLE_BY_NAME = {
  'Koen Schuiling': 'voorzitter',
  'Loes Mulder': 'rijksvertegenwoordiger',
};

const organisations = [];
for (const signer of facts.coalitie.ondertekenaars) {
  if (!organisations.some((o) => o.name === signer.organisatie)) {
    organisations.push({ name: signer.organisatie, sector: signer.organisatietype ?? null });
  }
}

const paragraphs = (value) => (Array.isArray(value) ? value.join('\n\n') : value ?? '');

const interventions = facts.interventies.map((i) => ({
  key: i.id,
  title: i.naam,
  kind: 'lopend initiatief',
  summary: i.samenvatting ?? '',
  description: paragraphs(i.beschrijving),
  themes: i.thema ? [i.thema] : [],
  wijken: i.wijken ?? [],
  partners: i.partners ?? [],
  parentKey: null,
}));
// Koppelkansen name their themes, or the extraction inferred them (marked "inferred" in the facts);
// their aanvullende kansen belong to the same themes, so charts and trekker counts see them.
const themesOf = (k) => (k.themas_genoemd?.length ? k.themas_genoemd : (k.themas_inferred?.waarden ?? []));

for (const k of facts.koppelkansen.items) {
  interventions.push({
    key: k.id,
    title: k.naam,
    kind: 'koppelkans',
    summary: k.samenvatting ?? '',
    description: paragraphs(k.beschrijving),
    themes: themesOf(k),
    wijken: [],
    partners: k.partners_genoemd ?? [],
    parentKey: null,
  });
  for (const kans of k.aanvullende_kansen ?? []) {
    interventions.push({
      key: `${k.id}-kans-${kans.nr}`,
      title: `${k.naam}: aanvullende kans ${kans.nr}`,
      kind: 'aanvullende kans',
      summary: kans.tekst,
      description: kans.tekst,
      themes: themesOf(k),
      wijken: [],
      partners: [],
      parentKey: k.id,
    });
  }
}

const profile = {
  format: 'coalitietafel-profile',
  formatVersion: 1,
  source: facts._meta.titel + ' (' + facts._meta.datering + ')',
  area: {
    name: facts._meta.programma.gebied,
    municipality: 'Groningen',
    programme: facts._meta.programma.naam,
  },
  checklist: {
    name: 'De zeven vinkjes van Groningen-Noord',
    items: facts.vinkjes
      .slice()
      .sort((a, b) => a.volgorde - b.volgorde)
      .map((v) => ({ key: v.id, position: v.volgorde, question: v.vraag })),
  },
  themes: facts.themas.map((t, index) => ({
    key: t.id,
    name: t.naam,
    ambition: t.ambitietekst,
    position: index + 1,
  })),
  wijken: facts.wijken.map((w, index) => ({
    key: w.id,
    name: w.naam,
    // The plan only mentions the wijken; what makes each one itself is for the coalition to write.
    identity: '',
    position: index + 1,
  })),
  organisations,
  people: facts.coalitie.ondertekenaars.map((p) => ({
    name: p.naam,
    organisation: p.organisatie,
    role: ROLE_BY_NAME[p.naam] ?? 'lid',
  })),
  interventions,
};

writeFileSync(join(root, 'resources', 'groningen-noord.profile.json'), JSON.stringify(profile, null, 2) + '\n');
console.log(`profile: ${profile.checklist.items.length} vinkjes, ${profile.themes.length} thema's, ${profile.wijken.length} wijken, ${profile.people.length} personen, ${interventions.length} interventies`);
