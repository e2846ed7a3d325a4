// The Specialist Dispatch channels (shared/specialist-dispatch/schema.ts) → services.
import type { specialistDispatchContract } from '../../../shared/specialist-dispatch/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { bulkSetSpecialistsActive, bulkTransitionRequests } from './bulk';
import { createCounterpart, listCounterparts, updateCounterpart } from './counterparts';
import { updateDispatch } from './dispatch-edit';
import { createExpertise, listExpertise, updateExpertise } from './expertise';
import { dispatchHistory } from './history';
import { requestIntake } from './intake';
import { matchSpecialists } from './match';
import { listRequests } from './request-list';
import { getRequestDetail } from './request-rows';
import { createRequest, updateRequest } from './requests';
import { listSpecialists } from './specialist-list';
import { createSpecialist, getSpecialist, setSpecialistActive, updateSpecialist } from './specialists';
import { transitionRequest } from './transitions';

export function specialistDispatchHandlers(ctx: Context): FeatureHandlers<typeof specialistDispatchContract> {
  return {
    'specialistDispatch.expertise.list': () => listExpertise(ctx),
    'specialistDispatch.expertise.create': (data) => createExpertise(ctx, data),
    'specialistDispatch.expertise.update': ({ id, data }) => updateExpertise(ctx, id, data),
    'specialistDispatch.counterparts.list': () => listCounterparts(ctx),
    'specialistDispatch.counterparts.create': ({ data }) => createCounterpart(ctx, data),
    'specialistDispatch.counterparts.update': (input) => updateCounterpart(ctx, input),
    'specialistDispatch.specialists.list': (query) => listSpecialists(ctx, query),
    'specialistDispatch.specialists.get': ({ id }) => getSpecialist(ctx, id),
    'specialistDispatch.specialists.create': (input) => createSpecialist(ctx, input),
    'specialistDispatch.specialists.update': (input) => updateSpecialist(ctx, input),
    'specialistDispatch.specialists.setActive': ({ id, active }) => setSpecialistActive(ctx, id, active),
    'specialistDispatch.specialists.bulk.setActive': (input) => bulkSetSpecialistsActive(ctx, input),
    'specialistDispatch.requests.list': (query) => listRequests(ctx, query),
    'specialistDispatch.requests.get': ({ id }) => getRequestDetail(ctx, id),
    'specialistDispatch.requests.create': ({ data }) => createRequest(ctx, data),
    'specialistDispatch.requests.update': (input) => updateRequest(ctx, input),
    'specialistDispatch.requests.transition': (input) => transitionRequest(ctx, input),
    'specialistDispatch.requests.bulk.transition': (input) => bulkTransitionRequests(ctx, input),
    'specialistDispatch.requests.match': (input) => matchSpecialists(ctx, input),
    'specialistDispatch.requests.intake': ({ fiscalYear }) => requestIntake(ctx, fiscalYear),
    'specialistDispatch.dispatches.update': (input) => updateDispatch(ctx, input),
    'specialistDispatch.dispatch.history': (query) => dispatchHistory(ctx, query),
  };
}
