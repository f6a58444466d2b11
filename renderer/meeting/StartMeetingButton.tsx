// "Vergadering starten". On the meeting's own day it starts at once; on any other day it first asks, naming the
// meeting's date: starting the wrong meeting (next month's, opened from the list) is easy and puts it in progress
// with its minutes begun, while a deliberate early or late start must stay possible.
import { ConfirmButton } from '../components/ConfirmButton';
import { formatDate, todayLocalDate } from '../format';

export function StartMeetingButton(props: { startsAt: string; onStart(): Promise<boolean> }) {
  const day = props.startsAt.slice(0, 10);
  const today = todayLocalDate();
  if (day === today) {
    return (
      <button type="button" className="button-primary button-large" onClick={() => void props.onStart()}>
        Vergadering starten
      </button>
    );
  }
  const date = formatDate(day, { weekday: 'long' });
  return (
    <ConfirmButton
      className="button-primary button-large"
      groupLabel={`Vergadering starten bevestigen: gepland op ${date}`}
      question={
        <p>
          Deze vergadering staat gepland op <strong>{date}</strong>, niet op vandaag ({formatDate(today, { weekday: 'long' })}).
          Wilt u haar toch nu starten?
        </p>
      }
      confirmText="Ja, nu starten"
      confirmClassName="button-primary"
      onConfirm={props.onStart}
    >
      Vergadering starten
    </ConfirmButton>
  );
}
