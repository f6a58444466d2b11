// The links that close an intervention's chain: the maatschappelijke trend it answers, the theme ambitie it
// serves and the indicators that follow it.
import { useState, type FormEvent } from 'react';
import type { Theme } from '../../shared/domain';
import type { Indicator } from '../../shared/registers';
import { PLAN_TREND } from '../../shared/planwork';
import { CheckboxGroup, SelectField, TextAreaField } from '../components/fields';
import { FormActions } from '../components/FormActions';
import { useLeaveGuard } from '../leaveGuard';
import { useDraft } from '../useDraft';

export interface ChainLinkFields {
  trend: string;
  ambitionThemeId: string;
  indicatorIds: string[];
}

export function ChainLinksForm(props: {
  initial: ChainLinkFields;
  themes: Theme[];
  indicators: Indicator[];
  onSubmit(fields: ChainLinkFields): Promise<boolean>;
}) {
  const [draft, set, , changes] = useDraft<ChainLinkFields>(props.initial);
  const [busy, setBusy] = useState(false);
  useLeaveGuard(changes.unsaved && !busy ? 'trend, ambitie en indicatoren' : null);
  const themeName = new Map(props.themes.map((t) => [t.id, t.name]));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    const trimmed = { ...draft, trend: draft.trend.trim() };
    if (await props.onSubmit(trimmed)) changes.reset(trimmed);
    setBusy(false);
  };

  return (
    <form className="stack" noValidate onSubmit={submit} aria-label="Trend, ambitie en indicatoren">
      <TextAreaField
        label="Maatschappelijke trend"
        hint={`Welke trend wil deze interventie doorbreken? Leeg: de algemene zin uit het gebiedsplan (“${PLAN_TREND}”).`}
        value={draft.trend}
        onChange={(v) => set('trend', v)}
        rows={2}
      />
      <SelectField
        label="Maatschappelijke ambitie"
        hint="De ambitie van een thema uit het gebiedsplan waaraan deze interventie bijdraagt."
        value={draft.ambitionThemeId}
        onChange={(v) => set('ambitionThemeId', v)}
        emptyLabel="— nog geen ambitie gekozen —"
        options={props.themes.map((t) => ({ value: t.id, label: `Ambitie ${t.name}` }))}
      />
      {props.indicators.length === 0 ? (
        <p className="empty">Er zijn nog geen indicatoren; leg ze vast bij Indicatoren om ze hier te koppelen.</p>
      ) : (
        <CheckboxGroup
          legend="Indicatoren die deze interventie volgen"
          values={draft.indicatorIds}
          onChange={(indicatorIds) => set('indicatorIds', indicatorIds)}
          choices={props.indicators.map((i) => ({ value: String(i.id), label: i.name, hint: themeName.get(i.themeId) ?? i.themeId }))}
        />
      )}
      <FormActions submitLabel="Koppelingen opslaan" busy={busy} />
    </form>
  );
}
