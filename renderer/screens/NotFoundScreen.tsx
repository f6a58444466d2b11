import { PageHeading } from '../components/PageHeading';
import { paths } from '../router';

export function NotFoundScreen() {
  return (
    <>
      <PageHeading title="Pagina niet gevonden">Pagina niet gevonden</PageHeading>
      <p>Deze pagina bestaat niet.</p>
      <p>
        <a href={paths.meetings()}>Naar de vergaderingen</a>
      </p>
    </>
  );
}
