// The verwerkingsregister (AVG art. 30): what the app keeps about people, why, how long and where; and per
// register how many entries hold personal data now.
import { GRONDSLAG_ARTICLES, GRONDSLAGEN, GRONDSLAG_LABELS, type AvgOverview } from '../../shared/avg';
import { REGISTER_KIND_PLURALS } from '../../shared/registers';
import { Panel } from '../beheer/SectionState';

export const PROCESSING = { id: 'avg-register', title: 'Verwerkingsregister' };

export function ProcessingRegister(props: { overview: AvgOverview }) {
  const { records, registers } = props.overview;
  return (
    <Panel {...PROCESSING}>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Wat Coalitietafel bewaart, waarom, hoe lang en waar</caption>
          <thead>
            <tr>
              <th scope="col">Wat</th>
              <th scope="col">Van wie</th>
              <th scope="col">Waarom (grondslag)</th>
              <th scope="col">Hoe lang</th>
              <th scope="col">Waar</th>
            </tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.what}>
                <th scope="row">{r.what}</th>
                <td>{r.whose}</td>
                <td>{r.why}</td>
                <td>{r.howLong}</td>
                <td>{r.where}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Registers met persoonsgegevens nu</h3>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Per register: registraties met persoonsgegevens, zonder grondslag, over de termijn en verwijderd</caption>
          <thead>
            <tr>
              <th scope="col">Register</th>
              <th scope="col">Met persoonsgegevens</th>
              <th scope="col">Zonder vastgelegde grondslag</th>
              <th scope="col">Over de bewaartermijn</th>
              <th scope="col">Verwijderd</th>
              <th scope="col">Bewaartermijn</th>
            </tr>
          </thead>
          <tbody>
            {registers.map((r) => (
              <tr key={r.kind}>
                <th scope="row">{REGISTER_KIND_PLURALS[r.kind]}</th>
                <td>{r.personal}</td>
                <td>{r.withoutGrondslag}</td>
                <td>{r.overdue}</td>
                <td>{r.erased}</td>
                <td>{r.term.months} maanden</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Grondslagen</h3>
      <ul>
        {GRONDSLAGEN.map((g) => (
          <li key={g}>
            {GRONDSLAG_LABELS[g]} ({GRONDSLAG_ARTICLES[g]})
          </li>
        ))}
      </ul>
    </Panel>
  );
}
