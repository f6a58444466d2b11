// Builds resources/groningen-noord.profile.json, the embedded area profile the store loads on first
// start, from the reference facts in ../shared/domain/groningen-noord.json. The output is committed:
// the app and CI never need the reference folder. Rerun after the reference changes: `npm run profile`.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reference = join(root, '..', 'shared', 'domain', 'groningen-noord.json');
// A copy of the facts lives in the repository so the profile test can compare against them anywhere.
const copy = join(root, 'scripts', 'reference', 'groningen-noord.json');
if (existsSync(reference)) copyFileSync(reference, copy);
const facts = JSON.parse(readFileSync(copy, 'utf8'));

// The facts say of these wijken that the plan does not establish they belong to Groningen-Noord.
const UNCERTAIN_WIJKEN = new Set(facts.wijken.filter((w) => /niet of .* binnen het NPLV-gebied/.test(w.toelichting ?? '')).map((w) => w.id));

const ROLE_BY_NAME = {
  'Koen Schuiling': 'voorzitter',
  'Loes Mulder': 'rijksvertegenwoordiger',
};

// The plan lists names with an organisation and no sector: the facts mark most sectors as inferred, and note their
// doubts (an organisation derived from a role, a collective name, an organisation of unknown kind). An
// organisation's sector is inferred unless one of its signatories' entries states it; the notes travel with it,
// naming the signatory where the organisation has several.
const organisations = [];
for (const signer of facts.coalitie.ondertekenaars) {
  if (organisations.some((o) => o.name === signer.organisatie)) continue;
  const signers = facts.coalitie.ondertekenaars.filter((s) => s.organisatie === signer.organisatie);
  const sector = signer.organisatietype ?? null;
  const notes = signers.filter((s) => s.opmerking).map((s) => (signers.length > 1 ? `${s.naam}: ${s.opmerking}` : s.opmerking));
  organisations.push({
    name: signer.organisatie,
    sector,
    sectorInferred: sector !== null && signers.every((s) => s.organisatietype_inferred !== false),
    planNote: notes.join(' ') || null,
  });
}

// The plan seats two bewonersvertegenwoordigers in the coalition without naming them or an organisation of
// theirs; this one is there from the start so they can be added without first creating one.
const RESIDENTS_ORGANISATION = 'Bewonersvertegenwoordiging Groningen-Noord';
organisations.push({ name: RESIDENTS_ORGANISATION, sector: 'bewoners', sectorInferred: false, planNote: null });

// Hoofdstuk 6: the NPLV gives € 0,5 mln a year for "de eerste drie jaar", which it does not name. The plan
// dates from November 2023 and presents its uitvoeringsplannen in 2024, so the years are taken as 2024 onwards:
// inferred, and said so wherever the lines are shown.
const FIRST_NPLV_YEAR = 2024;
function financesOf(f) {
  const n = f.nplv_middelen;
  return {
    nplv: {
      amountPerYearCents: n.bedrag_per_jaar_eur * 100,
      years: Array.from({ length: n.jaren }, (_, i) => FIRST_NPLV_YEAR + i),
      yearsCaveat: `Het gebiedsplan noemt "${n.periode}" zonder jaartallen; ${FIRST_NPLV_YEAR}–${FIRST_NPLV_YEAR + n.jaren - 1} is afgeleid (het plan is van november 2023).`,
      text: n.tekst,
      purposes: n.bestemming,
      execution: f.uitvoering.tekst,
      totalCents: n.totaal_eur.waarde * 100,
      // Shown beside the "afgeleid" tag: it states the total it is about, as the years caveat states its years.
      totalCaveat: n.totaal_eur.inferred
        ? `Samen € ${n.totaal_eur.waarde.toLocaleString('nl-NL', { minimumFractionDigits: 2 })} over ${n.jaren} jaar is afgeleid: ${n.totaal_eur.toelichting}`
        : null,
    },
  };
}

const paragraphs = (value) => (Array.isArray(value) ? value.join('\n\n') : value ?? '');

// Two initiatives stand in hoofdstuk 1 under no theme heading; their theme is inferred (thema_inferred), for the
// reason the facts give at that theme, and the app says so wherever it shows their themes.
const themeCaveat = (id) => facts.themas.find((t) => t.id === id)?.toelichting;
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
  themesInferred: i.thema_inferred === true,
  status: null,
  why: '',
  planNote:
    [
      i.status ? `Status volgens het gebiedsplan: ${i.status}.` : null,
      i.thema_inferred === true ? `Het thema is afgeleid: ${themeCaveat(i.thema)}` : null,
    ]
      .filter(Boolean)
      .join(' ') || null,
}));
// Koppelkansen name their themes, or the extraction inferred them (marked "inferred" in the facts):
// the profile keeps that caveat so the app can say the plan itself assigns no theme.
const themesOf = (k) => (k.themas_genoemd?.length ? k.themas_genoemd : (k.themas_inferred?.waarden ?? []));
const themesInferred = (k) => !k.themas_genoemd?.length && Boolean(k.themas_inferred?.waarden?.length);
const themeIdByName = new Map(facts.themas.map((t) => [t.naam.toLowerCase(), t.id]));
// An aanvullende kans that names one theme ("Binnen het thema 'leren' …") concerns that theme only;
// the others take their koppelkans's themes, which the plan does not state for them: inferred.
function kansThemes(k, kans) {
  const named = [...kans.tekst.matchAll(/thema '([^']+)'/g)].map((m) => themeIdByName.get(m[1].toLowerCase())).filter(Boolean);
  if (named.length) return { themes: named, inferred: false, note: null };
  return {
    themes: themesOf(k),
    inferred: true,
    note: `Het gebiedsplan noemt bij deze kans geen thema; de thema's zijn overgenomen van de koppelkans ${k.naam}.`,
  };
}
// Koppelkansen that already run, in the plan's own words: seeding them as "idee" would skew the charts.
const RUNNING_SINCE = {
  doorbraakmethode: (k) => ({ status: 'lopend', note: `Loopt al: ${k.samenvatting}` }),
  stratenaanpak: (k) => ({ status: 'lopend', note: `Loopt al: "${k.aanvullende_kansen[0].tekst.split('. ')[0]}."` }),
};

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
    themesInferred: themesInferred(k),
    status: RUNNING_SINCE[k.id]?.(k).status ?? null,
    why: paragraphs(k.waarom),
    planNote: [
      RUNNING_SINCE[k.id]?.(k).note,
      themesInferred(k) ? `Het gebiedsplan wijst geen thema toe; afgeleid: ${k.themas_inferred.onderbouwing}` : null,
    ].filter(Boolean).join(' ') || null,
  });
  for (const kans of k.aanvullende_kansen ?? []) {
    const own = kansThemes(k, kans);
    interventions.push({
      key: `${k.id}-kans-${kans.nr}`,
      title: `${k.naam}: aanvullende kans ${kans.nr}`,
      kind: 'aanvullende kans',
      summary: kans.tekst,
      description: kans.tekst,
      themes: own.themes,
      wijken: [],
      partners: [],
      parentKey: k.id,
      themesInferred: own.inferred,
      status: null,
      why: '',
      planNote: own.note,
    });
  }
}

// The ten "aan de slag" tracks for "het komende half jaar" after the plan (November 2023): seeded as running plans
// over a period derived from that phrase, which their caveat says, with the plan's own sentence quoted.
const TRACK_PERIOD_NOTE = 'De periode is afgeleid: het gebiedsplan (november 2023) noemt als termijn ‘het komende half jaar’.';
const tracks = facts.aan_de_slag.sporen.map((t) => ({
  key: t.id,
  position: t.volgorde,
  title: t.titel,
  description: t.samenvatting,
  periodFrom: '2023-12-01',
  periodTo: '2024-05-31',
  planNote: [`“${t.kern}”`, t.opmerking, TRACK_PERIOD_NOTE].filter(Boolean).join(' '),
}));

// The koppelkansen the plan relates to each other, as unordered pairs (smaller id first), once each.
const koppelkansLinks = [
  ...new Set(facts.koppelkansen.items.flatMap((k) => (k.gerelateerd ?? []).map((other) => [k.id, other].sort().join('|')))),
].map((pair) => pair.split('|'));

const profile = {
  format: 'coalitietafel-profile',
  formatVersion: 2,
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
    // The plan's five themes are established; "zorg, sport & gezondheid" is still to be worked out.
    status: t.status.startsWith('in ontwikkeling') ? 'in ontwikkeling' : 'thema',
    inferred: t.inferred === true,
    caveat: t.toelichting ?? null,
  })),
  wijken: facts.wijken.map((w, index) => ({
    key: w.id,
    name: w.naam,
    // The plan only mentions the wijken; what makes each one itself is for the coalition to write.
    identity: '',
    position: index + 1,
    // A wijk the plan only names in the city's list of renewal areas is not established as part of the area.
    inArea: !UNCERTAIN_WIJKEN.has(w.id),
    caveat: w.toelichting ?? null,
  })),
  organisations,
  people: facts.coalitie.ondertekenaars.map((p) => ({
    name: p.naam,
    organisation: p.organisatie,
    role: ROLE_BY_NAME[p.naam] ?? 'lid',
  })),
  interventions,
  finances: financesOf(facts.financien),
  tracks,
  koppelkansLinks,
};

writeFileSync(join(root, 'resources', 'groningen-noord.profile.json'), JSON.stringify(profile, null, 2) + '\n');
console.log(`profile: ${profile.checklist.items.length} vinkjes, ${profile.themes.length} thema's, ${profile.wijken.length} wijken, ${profile.people.length} personen, ${interventions.length} interventies, ${tracks.length} sporen`);
