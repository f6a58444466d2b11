// Dutch-looking text of the domain, from word lists and sentence patterns: titles, proposals, toelichtingen,
// notes and register entries of realistic length. Deterministic: everything is drawn from the Rng given.
import type { Rng } from './prng';

export const WIJKEN = ['Selwerd', 'De Hoogte', 'de Indische buurt', 'Beijum', 'Lewenborg', 'de Wijert', 'Paddepoel', 'Vinkhuizen', 'Korrewegwijk'];
export const THEMA_WOORDEN = ['leren', 'werken', 'wonen', 'veiligheid', 'meedoen', 'gezondheid', 'sport', 'zorg'];

const SUBJECTS = [
  'De bewoners van {wijk}',
  'Het buurtteam in {wijk}',
  'WIJ Groningen',
  'De werkgroep {thema}',
  'Het programmateam',
  'De coalitie',
  'Jongeren uit {wijk}',
  'De woningcorporaties',
  'De wijkagent van {wijk}',
  'Ouders van de basisschool in {wijk}',
  'Het wijkbedrijf',
  'De brugfunctionaris',
  'De bewonersvertegenwoordiger',
  'Een groep ervaringsdeskundigen',
  'De gemeente',
  'Het sportcentrum',
  'De kinderopvang',
  'Het jongerenwerk in {wijk}',
  'De buurtkamer in {wijk}',
  'Een aantal partners',
];

const VERBS = [
  'geeft aan dat er meer aandacht nodig is voor',
  'vraagt aandacht voor',
  'heeft ervaringskennis ingebracht over',
  'ziet kansen in',
  'maakt zich zorgen over',
  'stelt voor om meer tijd te nemen voor',
  'wil samen met de bewoners werken aan',
  'heeft het afgelopen half jaar onderzoek gedaan naar',
  'is positief over',
  'mist in het voorstel',
  'heeft gesprekken gevoerd over',
  'vindt dat het voorstel te weinig zegt over',
  'heeft goede ervaringen met',
  'pleit voor een andere aanpak van',
  'ondersteunt de keuze voor',
];

const OBJECTS = [
  'de aanpak van schulden bij jonge gezinnen',
  'de veiligheid op straat na donker',
  'het onderhoud van de openbare ruimte',
  'een doorgaande leerlijn van kinderopvang tot mbo',
  'de wachtlijsten in de jeugdzorg',
  'de weg naar werk voor bewoners zonder startkwalificatie',
  'de aansluiting op het warmtenet',
  'de speelplekken rond de flats',
  'eenzaamheid onder ouderen',
  'de inzet van ervaringsdeskundigen',
  'de openingstijden van de buurtkamer',
  'taallessen voor nieuwkomers',
  'de overlast rond het winkelcentrum',
  'de renovatie van de portiekflats',
  'de samenwerking tussen school en wijkteam',
  'het beweegaanbod voor kinderen',
  'de bereikbaarheid van de huisartsenpraktijk',
  'de ondersteuning van mantelzorgers',
  'het vertrouwen van bewoners in instanties',
  'de stages voor jongeren in de wijk',
  'het groen in de straten',
  'de verkeersveiligheid rond de scholen',
  'de signalen van armoede achter de voordeur',
  'de begeleiding van statushouders',
  'het voorkomen van huisuitzettingen',
];

const ADVERBIALS = [
  'in de komende maanden',
  'sinds de start van het programma',
  'in nauwe samenwerking met de bewoners',
  'op basis van de laatste wijkmonitor',
  'met steun van de corporaties',
  'binnen het bestaande budget',
  'voor de zomer',
  'na de evaluatie in het najaar',
  'zoals afgesproken in het uitvoeringsprogramma',
  'in de hele wijk',
  'vooral in de straten met de meeste problemen',
  'samen met de scholen en de kinderopvang',
  'zonder dat daar extra middelen voor nodig zijn',
  'en koppelt dat aan het thema {thema}',
];

const EXTRA = [
  'Uit gesprekken met {n} bewoners blijkt dat {object} beter kan.',
  'Dit sluit aan bij het thema {thema} en bij eerdere afspraken in de coalitie.',
  'Een deel van de partners vindt dat {object} meer tijd vraagt dan voorzien.',
  'De ervaringskennis van bewoners is daarbij leidend geweest.',
  'In {wijk} is dit eerder geprobeerd; de leerpunten daarvan zijn meegenomen.',
  'De bewoners zijn gevraagd wat zij belangrijk vinden en hebben dat op een bewonersavond toegelicht.',
  'Wat {wijk} eigen maakt, komt terug in de uitwerking.',
  'Het succes van de eerste fase is in de wijk gevierd met een buurtmaaltijd.',
  'De norm dat we met bewoners praten en niet over bewoners is hier nageleefd.',
  'Er is nog geen samenhang gezocht met het thema {thema}; dat volgt in de volgende ronde.',
  'De monitor laat zien dat {object} in {wijk} achterblijft bij de rest van de stad.',
  'Het programmateam komt hier in de volgende vergadering op terug.',
];

const TITLE_HEADS = [
  'Inzet brugfunctionarissen',
  'Uitbreiding wijkbedrijf',
  'Stratenaanpak',
  'Buurtkamer',
  'Schuldhulp dichtbij',
  'Jongerenwerk',
  'Samen naar werk',
  'Taalhuis',
  'Veilig thuis',
  'Speelplekken',
  'Warmtenet en wijkvernieuwing',
  'Beweegcoach',
  'Leerlijn',
  'Mantelzorgsteunpunt',
  'Wijkagenda',
  'Ervaringsdeskundigen',
  'Huiskamerproject',
  'Zomerschool',
  'Buurtbudget',
  'Gezonde school',
];

const TITLE_TAILS = ['{wijk}', 'in {wijk}', 'fase 2', 'evaluatie', 'voor jongeren', 'in heel Groningen-Noord', 'verlenging', '{jaar}', 'opschaling naar {wijk}', 'financiering'];

const ACTION_PHRASES = [
  'Bewoners van {wijk} uitnodigen voor een gesprek over {object}',
  'Notitie opstellen over {object}',
  'Ervaringsverhalen verzamelen over {object}',
  'Voorstel bespreken met de partners in {wijk}',
  'Leerpunten uit {wijk} op een rij zetten',
  'Afspraak maken met de corporaties over {object}',
  'Terugkoppeling geven aan de bewonersvertegenwoordigers',
  'Cijfers uit de wijkmonitor aanvullen voor {wijk}',
  'Succes vieren met de bewoners van {wijk}',
  'Samenhang met het thema {thema} uitwerken',
];

export class DutchText {
  constructor(private readonly rng: Rng) {}

  private fill(pattern: string): string {
    return pattern
      .replaceAll('{wijk}', () => this.rng.pick(WIJKEN))
      .replaceAll('{thema}', () => this.rng.pick(THEMA_WOORDEN))
      .replaceAll('{object}', () => this.rng.pick(OBJECTS))
      .replaceAll('{n}', () => String(this.rng.int(4, 60)))
      .replaceAll('{jaar}', () => String(this.rng.int(2007, 2026)));
  }

  sentence(): string {
    if (this.rng.chance(0.3)) return this.fill(this.rng.pick(EXTRA));
    const s = `${this.rng.pick(SUBJECTS)} ${this.rng.pick(VERBS)} ${this.rng.pick(OBJECTS)}`;
    return this.fill(this.rng.chance(0.6) ? `${s} ${this.rng.pick(ADVERBIALS)}.` : `${s}.`);
  }

  sentences(min: number, max: number): string {
    const n = this.rng.int(min, max);
    return Array.from({ length: n }, () => this.sentence()).join(' ');
  }

  title(): string {
    const head = this.rng.pick(TITLE_HEADS);
    return this.rng.chance(0.8) ? this.fill(`${head} ${this.rng.pick(TITLE_TAILS)}`) : head;
  }

  action(): string {
    return this.fill(this.rng.pick(ACTION_PHRASES));
  }

  /** A line of short text such as a place or a source name. */
  phrase(items: readonly string[]): string {
    return this.fill(this.rng.pick(items));
  }
}
