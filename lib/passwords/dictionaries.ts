import type { OptionsType } from '@zxcvbn-ts/core';

/** zxcvbn's English and common dictionaries and keyboard graphs: large, so always imported lazily. */
export async function loadDictionaries(): Promise<OptionsType> {
  const [common, en] = await Promise.all([
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  return {
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  };
}
