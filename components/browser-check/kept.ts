import type { Finding, FindingSource } from '@/lib/plan/records';

/** What the plan keeps as findings from one source, by subject (an extension's name, a site). */
export function keptSubjects(findings: readonly Finding[], source: FindingSource): Set<string> {
  return new Set(findings.filter((f) => f.source === source).map((f) => f.subject));
}
