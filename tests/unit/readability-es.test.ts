import { describe, expect, it } from 'vitest';
import { fernandezHuerta, syllablesEs } from '../fixtures/readability-es';

describe('the Fernández-Huerta measure', () => {
  it('counts Spanish syllables: diphthongs once, hiatus twice', () => {
    const counted = Object.fromEntries(
      [
        'mariposa',
        'ciudad',
        'país',
        'leer',
        'aéreo',
        'quiero',
        'guía',
        'hoy',
        'configuración',
        'y',
      ].map((w) => [w, syllablesEs(w)]),
    );
    expect(counted).toEqual({
      mariposa: 4,
      ciudad: 2,
      país: 2,
      leer: 2,
      aéreo: 4,
      quiero: 2,
      guía: 2,
      hoy: 1,
      configuración: 5,
      y: 1,
    });
  });

  it('scores known texts by the corrected formula, with their band of the grade table', () => {
    // 4 words, 6 syllables, 1 sentence: 206.84 − 60 × 1.5 − 1.02 × 4 = 112.76.
    const short = fernandezHuerta('El perro come pan.');
    expect(short).toMatchObject({ words: 4, sentences: 1, ease: 112.8 });
    expect(short.band.level).toBe('muy fácil');
    // Two sentences of 4 words, 12 syllables: 206.84 − 60 × 1.5 − 1.02 × 4 = 112.76 again.
    expect(fernandezHuerta('El perro come pan. La casa es azul.').ease).toBe(
      fernandezHuerta('El perro come pan.').ease,
    );
    // One long sentence of long words is hard: 12 words, 50 syllables.
    const long = fernandezHuerta(
      'La administración municipal considera indispensable la reorganización institucional correspondiente conforme ' +
        'establecen las disposiciones reglamentarias.',
    );
    expect(long.band.level).toMatch(/difícil/);
    expect(long.ease).toBeLessThan(30);
  });
});
