import { AboutPage } from './about-page';
import type { PageProps } from './page-registry';

/** About Lockstep: version, sources and licences. */
export function AboutRoute({ version }: PageProps) {
  return <AboutPage version={version} />;
}
