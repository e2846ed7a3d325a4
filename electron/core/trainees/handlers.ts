// The trainee channels: the list and its facets, one record, create, update, archive, the photo.
import type { traineesContract } from '../../../shared/trainees/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { bulkArchive } from './bulk';
import { listTrainees } from './list';
import { getPhoto, getPhotoCopy, removePhoto, setPhoto } from './photo';
import { createTrainee, getTrainee, setArchived, traineeFacets, updateTrainee } from './service';

export function traineesHandlers(ctx: Context): FeatureHandlers<typeof traineesContract> {
  return {
    'trainees.list': (query) => listTrainees(ctx, query),
    'trainees.facets': () => traineeFacets(ctx),
    'trainees.get': ({ id }) => getTrainee(ctx, id),
    'trainees.create': (input) => createTrainee(ctx, input),
    'trainees.update': (input) => updateTrainee(ctx, input),
    'trainees.archive': ({ id }) => setArchived(ctx, id, true),
    'trainees.restore': ({ id }) => setArchived(ctx, id, false),
    'trainees.bulk.archive': (input) => bulkArchive(ctx, input),
    'trainees.photo.get': ({ id }) => getPhoto(ctx, id),
    'trainees.photo.copy': ({ id }) => getPhotoCopy(ctx, id),
    'trainees.photo.set': (input) => setPhoto(ctx, input),
    'trainees.photo.remove': ({ id }) => removePhoto(ctx, id),
  };
}
