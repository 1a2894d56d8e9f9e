// A small client of the Samvær API, typed by the contract (api-spec/openapi.yaml) through openapi-typescript and
// openapi-fetch. api-spec/check compiles it with `tsc --strict --noEmit`; it is never run. It names paths, never
// operation ids or schema names, so it keeps compiling when those are renamed; it stops compiling when a path, a
// parameter or the shape of an answer that it uses changes.
import createClient from "openapi-fetch";
import type { paths } from "../target/openapi-typescript/schema";

type ActivityPage = paths["/api/v1/activities"]["get"]["responses"][200]["content"]["application/json"];
type Activity = NonNullable<ActivityPage["items"]>[number];
type ProjectYearFigures =
  paths["/api/v1/reports/project-years/{year}"]["get"]["responses"][200]["content"]["application/json"];

export function samvaerClient(baseUrl: string, apiKey: string) {
  return createClient<paths>({ baseUrl, headers: { "X-API-Key": apiKey } });
}

type SamvaerClient = ReturnType<typeof samvaerClient>;

/** One page of a municipality's activities in a date range. */
export async function activitiesIn(
  client: SamvaerClient,
  municipalityCode: string,
  from: string,
  to: string,
  page = 0,
): Promise<Activity[]> {
  const { data, error, response } = await client.GET("/api/v1/activities", {
    params: { query: { municipalityCode, from, to, page, size: 50 } },
  });
  if (error !== undefined || data === undefined) {
    throw new Error(`GET /api/v1/activities answered ${response.status}`);
  }
  return data.items ?? [];
}

/** One activity, or undefined where it does not exist (or lies outside the caller's municipalities). */
export async function activity(client: SamvaerClient, id: string): Promise<Activity | undefined> {
  const { data, response } = await client.GET("/api/v1/activities/{id}", { params: { path: { id } } });
  if (response.status === 404) {
    return undefined;
  }
  if (data === undefined) {
    throw new Error(`GET /api/v1/activities/${id} answered ${response.status}`);
  }
  return data;
}

/** A project year's figures as JSON, optionally for one municipality. */
export async function projectYear(
  client: SamvaerClient,
  year: number,
  municipalityCode?: string,
): Promise<ProjectYearFigures> {
  const { data, response } = await client.GET("/api/v1/reports/project-years/{year}", {
    params: { path: { year }, query: { municipalityCode } },
  });
  // The operation has two 200 media types (JSON, CSV), so openapi-fetch types `data` as either; JSON is the default.
  if (data === undefined || typeof data === "string") {
    throw new Error(`GET /api/v1/reports/project-years/${year} answered ${response.status}`);
  }
  return data;
}

/** The same figures as CSV (the operation answers text/csv when asked for it). */
export async function projectYearCsv(client: SamvaerClient, year: number): Promise<string> {
  const { data, response } = await client.GET("/api/v1/reports/project-years/{year}", {
    params: { path: { year } },
    headers: { Accept: "text/csv" },
    parseAs: "text",
  });
  if (data === undefined) {
    throw new Error(`GET /api/v1/reports/project-years/${year} as CSV answered ${response.status}`);
  }
  return data;
}

/** The ids of every activity on the first page, the way a front end would list them. */
export async function activityIds(client: SamvaerClient, municipalityCode: string): Promise<string[]> {
  const items = await activitiesIn(client, municipalityCode, "2025-01-01", "2025-12-31");
  return items.flatMap((a) => (a.id === undefined ? [] : [a.id]));
}
