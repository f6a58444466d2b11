// The ten "aan de slag" tracks of the area plan become plans with an owner and progress, and the monitoring
// chain closes: an intervention names the trend it answers and the theme ambitie it serves, and links the
// indicators that follow it. Stores that already hold the profile get the tracks here, from the frozen copy
// below (a migration never reads the live profile); a new store gets them from the profile loader.
import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

const OLD_KINDS = "kind IN ('gebiedsplan', 'uitvoeringsprogramma', 'wijkuitvoeringsplan', 'projectplan')";
const NEW_KINDS = "kind IN ('gebiedsplan', 'uitvoeringsprogramma', 'wijkuitvoeringsplan', 'projectplan', 'aan-de-slag')";

/**
 * Lets plans be of kind 'aan-de-slag'. Widening a CHECK list leaves every stored row valid, so SQLite's
 * documented route for such changes applies (as in 0011-stable-row-keys): edit the table's text in
 * sqlite_schema and bump schema_version, inside the migration's transaction; a rebuild would cascade deletes.
 */
function allowTrackKind(db: Database): void {
  const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'plans'").pluck().get() as string;
  if (sql.includes(NEW_KINDS)) return;
  if (sql.split(OLD_KINDS).length !== 2) throw new Error('Kan de soorten plannen niet uitbreiden: onverwachte tabeldefinitie.');
  const schemaVersion = db.pragma('schema_version', { simple: true }) as number;
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    try {
      db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'plans'").run(sql.replace(OLD_KINDS, NEW_KINDS));
      db.pragma(`schema_version = ${schemaVersion + 1}`);
    } finally {
      db.pragma('writable_schema = OFF');
    }
  } finally {
    db.unsafeMode(false);
  }
}

// [key, volgorde, titel, omschrijving, kanttekening uit het gebiedsplan] as the profile of this version had them.
const TRACKS: readonly (readonly [string, number, string, string, string])[] = [
  ["uitvoeringsprogramma", 1, "Uitvoeringsprogramma", "Samen een concreet uitvoeringsprogramma Groningen-Noord voor vier jaar opstellen, met duidelijke afspraken over de benodigde middelen (geld, kennis en mensen); dit gebiedsplan is de basis.", "“Gezamenlijk stellen we een concreet uitvoeringsprogramma Groningen-Noord op voor de komende vier jaar.” De periode is afgeleid: het gebiedsplan (november 2023) noemt als termijn ‘het komende half jaar’."],
  ["monitoring", 2, "Monitoring", "De indicatoren voor het NPLV Groningen-Noord concretiseren, uitwerken en aanvullen in een projectplan dat onderdeel wordt van het uitvoeringsprogramma.", "“Hiervoor maken we een projectplan dat onderdeel zal zijn van het uitvoeringsprogramma.” De periode is afgeleid: het gebiedsplan (november 2023) noemt als termijn ‘het komende half jaar’."],
  ["communicatie", 3, "Communicatie", "'Wijkvernieuwing op z'n Gronings' een duidelijker profiel geven zodat het verhaal makkelijker en beter verteld kan worden; de aanpak komt in het uitvoeringsprogramma.", "“Richting toekomst is het wenselijk om 'wijkvernieuwing op z'n Gronings' een duidelijker profiel te geven.” De periode is afgeleid: het gebiedsplan (november 2023) noemt als termijn ‘het komende half jaar’."],
  ["jaarplanning", 4, "Jaarplanning", "Een jaarplanning maken zodat de coalitie vooraf kan plannen en anticiperen; de coalitie komt minimaal drie keer per jaar bijeen om de koers scherp te houden met vaste sturingsvragen.", "“We brengen de maatschappelijke coalitie beter in positie door een jaarplanning te maken.” De periode is afgeleid: het gebiedsplan (november 2023) noemt als termijn ‘het komende half jaar’."],
  ["governance", 5, "Governance", "Aanhaken bij bestaande bestuurlijke, management- en uitvoerende overlegstructuren in plaats van een parallelle structuur op te bouwen, en samen keuzes maken over de vormgeving.", "“Het lijkt logisch daarbij aan te haken. Daardoor versterken we de bestaande structuur in plaats van parallel een volledig nieuwe structuur op te bouwen.” De periode is afgeleid: het gebiedsplan (november 2023) noemt als termijn ‘het komende half jaar’."],
  ["ervaringskennis", 6, "Ervaringskennis", "Met bewoners(groepen) bepalen waar en wanneer hun advies, ervaring en inzet het meest effectief is, in de uitvoering en bij het leren van interventies; nu zitten twee bewonersvertegenwoordigers in de coalitie.", "“Samen bepalen we waar en wanneer hun advies, ervaring en inzet het meest effectief is.” De tekst van dit onderdeel is in de bron onvolledig: na 'In de uitwerking van' ontbreekt een stuk; de tekst gaat verder met 'groepen in de wijken en buurten verder in gesprek.' De periode is afgeleid: het gebiedsplan (november 2023) noemt als termijn ‘het komende half jaar’."],
  ["kennisuitwisseling", 7, "Kennisuitwisseling", "Bestuurders volgen de leergang wijkontwikkeling (tien modules), het programmateam zoekt nieuwe manieren om van elkaar te leren en er blijven wijkbezoeken voor bestuurders.", "“De kracht van de coalitie ligt in de samenwerking; de kruisbestuiving tussen de verschillende thema's. Daar liggen de koppelkansen.” De periode is afgeleid: het gebiedsplan (november 2023) noemt als termijn ‘het komende half jaar’."],
  ["verstevigen-programmateam", 8, "Verstevigen programmateam", "Een kernteam met een stevige, onafhankelijke programmaleider als schakel tussen programmateam en coalitie, plus capaciteit voor de vertaalslag naar de wijken en coördinatoren op alle thema's.", "“Dat vraagt om een kernteam met een stevige programmaleider die het totale proces kan aansturen en ervoor zorgt dat resultaten worden behaald.” De periode is afgeleid: het gebiedsplan (november 2023) noemt als termijn ‘het komende half jaar’."],
  ["verstevigen-coalitie", 9, "Verstevigen maatschappelijke coalitie", "De coalitie verbreden en in evenwicht brengen (nu veel gemeente; zorgsector, ondernemers en werkgevers ontbreken), actief nieuwe partijen benaderen en per partner een daadwerkelijke bijdrage vragen.", "“Het uitgangspunt is een brede coalitie die in evenwicht is.” De periode is afgeleid: het gebiedsplan (november 2023) noemt als termijn ‘het komende half jaar’."],
  ["zorg-sport-gezondheid", 10, "Aandacht voor zorg, sport & gezondheid", "Zorg, sport en gezondheid verder uitwerken (gezondere leefomgeving, koppelkansen met sportverenigingen, gezondheid-werkgelegenheid en de Beweegalliantie) en nieuwe partners uit die sector betrekken.", "“De komende periode gaan we aan de slag om nieuwe partners uit deze sector te betrekken, om samen met hen deze plannen verder uit te werken.” De periode is afgeleid: het gebiedsplan (november 2023) noemt als termijn ‘het komende half jaar’."],
];
const TRACK_FROM = '2023-12-01';
const TRACK_TO = '2024-05-31';

export const migration0017: Migration = {
  version: 17,
  name: '0017-plan-tracks-and-chain',
  up: (db) => {
    allowTrackKind(db);
    db.exec(`
      ALTER TABLE plans ADD COLUMN track_key TEXT;
      ALTER TABLE plans ADD COLUMN position INTEGER;
      ALTER TABLE plans ADD COLUMN owner TEXT NOT NULL DEFAULT '';
      ALTER TABLE plans ADD COLUMN progress INTEGER CHECK (progress IS NULL OR progress BETWEEN 0 AND 100);
      ALTER TABLE plans ADD COLUMN plan_note TEXT;
      CREATE UNIQUE INDEX plans_track_key ON plans(track_key) WHERE track_key IS NOT NULL;

      ALTER TABLE interventions ADD COLUMN trend TEXT NOT NULL DEFAULT '';
      ALTER TABLE interventions ADD COLUMN ambition_theme_id TEXT REFERENCES themes(id);
      CREATE TABLE intervention_indicators (
        intervention_id TEXT NOT NULL REFERENCES interventions(id) ON DELETE CASCADE,
        indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
        PRIMARY KEY (intervention_id, indicator_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX intervention_indicators_indicator ON intervention_indicators(indicator_id);
    `);
    const seeded = db.prepare("SELECT 1 FROM settings WHERE key = 'profile.loaded'").get() !== undefined;
    if (!seeded) return;
    const now = new Date().toISOString();
    const insert = db.prepare(
      `INSERT INTO plans (kind, title, period_from, period_to, status, description, created_at, updated_at, track_key, position, plan_note)
       SELECT 'aan-de-slag', ?, ?, ?, 'lopend', ?, ?, ?, ?, ?, ?
       WHERE NOT EXISTS (SELECT 1 FROM plans WHERE track_key = ?)`,
    );
    for (const [key, position, title, description, note] of TRACKS) {
      insert.run(title, TRACK_FROM, TRACK_TO, description, now, now, key, position, note, key);
    }
  },
};
