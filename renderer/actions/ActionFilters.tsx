// The actielijst's filters: owner (person), organisation, theme and status. Each applies at once.
import { ACTION_STATUSES, ACTION_STATUS_LABELS, type ActionStatus, type Organisation, type Profile } from '../../shared/domain';
import { SelectField } from '../components/fields';
import { FilterFieldset, ProfileFilter } from '../components/Filters';
import { allPeople, personLabel } from '../coalition/people';

export interface ActionFilterValues {
  ownerPersonId: string;
  ownerOrganisationId: string;
  themeId: string;
  status: ActionStatus | '';
}

export const defaultActionFilters: ActionFilterValues = { ownerPersonId: '', ownerOrganisationId: '', themeId: '', status: 'open' };

/** The filters as the contract takes them: empty choices left out. */
export function toActionFilters(f: ActionFilterValues) {
  return {
    ...(f.status ? { status: f.status } : {}),
    ...(f.ownerPersonId ? { ownerPersonId: Number(f.ownerPersonId) } : {}),
    ...(f.ownerOrganisationId ? { ownerOrganisationId: Number(f.ownerOrganisationId) } : {}),
    ...(f.themeId ? { themeId: f.themeId } : {}),
  };
}

export function ActionFilters(props: {
  value: ActionFilterValues;
  onChange(value: ActionFilterValues): void;
  organisations: Organisation[];
  profile: Profile;
}) {
  const { value, onChange } = props;
  const set = <K extends keyof ActionFilterValues>(key: K, v: ActionFilterValues[K]) => onChange({ ...value, [key]: v });
  return (
    <FilterFieldset onClear={() => onChange({ ownerPersonId: '', ownerOrganisationId: '', themeId: '', status: '' })}>
      <div className="field-row">
        <SelectField
          label="Eigenaar (persoon)"
          value={value.ownerPersonId}
          onChange={(v) => set('ownerPersonId', v)}
          emptyLabel="Iedereen"
          options={allPeople(props.organisations).map((p) => ({ value: String(p.id), label: personLabel(p) }))}
        />
        <SelectField
          label="Organisatie"
          value={value.ownerOrganisationId}
          onChange={(v) => set('ownerOrganisationId', v)}
          emptyLabel="Alle organisaties"
          options={props.organisations.map((o) => ({ value: String(o.id), label: o.name }))}
        />
        <ProfileFilter of="thema" items={props.profile.themes} value={value.themeId} onChange={(v) => set('themeId', v)} />
        <SelectField
          label="Status"
          value={value.status}
          onChange={(v) => set('status', v as ActionStatus | '')}
          emptyLabel="Alle statussen"
          options={ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }))}
        />
      </div>
    </FilterFieldset>
  );
}
