namespace Metrics.Gazetteer;

/// <summary>
/// What a single name stands for at a date: the unit it names and the district that unit
/// counts for in the gold schema.
/// </summary>
/// <param name="Unit">The unit named, moved to the code it had at the date (港闸区幸福街道 in 2019: 320611006).</param>
/// <param name="DistrictUnit">The district-level unit at the date (320611 港闸区).</param>
/// <param name="District">The district as the gold schema writes it (港闸区).</param>
public sealed record PlaceResolution(Division Unit, Division DistrictUnit, string District);
