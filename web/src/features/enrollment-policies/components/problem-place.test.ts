import { describe, expect, it } from 'vitest';
import { placeOf } from './problem-place.ts';

describe('placeOf', () => {
  it('places a basic field', () => {
    expect(placeOf('/windowClosesAt')).toEqual({ section: 'basics', index: null, inner: null, field: 'windowClosesAt', name: ['windowClosesAt'] });
  });

  it('places a whole list', () => {
    expect(placeOf('/routes')).toEqual({ section: 'routes', index: null, inner: null, field: null, name: ['routes'] });
    expect(placeOf('/pointsItems')).toMatchObject({ section: 'pointsItems', index: null, field: null });
  });

  it('places a field of an item', () => {
    expect(placeOf('/schools/3/schoolId')).toEqual({ section: 'schools', index: 3, inner: null, field: 'schoolId', name: ['schools', 3, 'schoolId'] });
    expect(placeOf('/routes/1/eligibility/minSocialInsuranceMonths')).toMatchObject({
      section: 'routes',
      index: 1,
      inner: null,
      field: 'minSocialInsuranceMonths',
    });
  });

  it('places an entry of a nested list, and the nested list as a whole', () => {
    expect(placeOf('/routes/0/materials/2/material')).toEqual({
      section: 'routes',
      index: 0,
      inner: { list: 'materials', index: 2 },
      field: 'material',
      name: ['routes', 0, 'materials', 2, 'material'],
    });
    expect(placeOf('/routes/0/materials')).toMatchObject({ section: 'routes', index: 0, inner: { list: 'materials', index: null }, field: null });
    expect(placeOf('/pointsItems/1/options')).toMatchObject({ section: 'pointsItems', index: 1, inner: { list: 'options', index: null } });
    expect(placeOf('/pointsItems/1/options/0/value')).toMatchObject({ inner: { list: 'options', index: 0 }, field: 'value' });
  });

  it('keeps what is not a JSON pointer in the basics, without a form name', () => {
    expect(placeOf('querystring:/regionId')).toEqual({ section: 'basics', index: null, inner: null, field: null, name: null });
    expect(placeOf('')).toMatchObject({ section: 'basics', name: null });
  });
});
