namespace HealthGap.Core.WaitingList;

/// <summary>A group's coefficient on the log-wait scale against the reference group, with its robust standard error.</summary>
/// <param name="Coefficient">β: difference in mean ln(1 + days) from the reference group.</param>
/// <param name="StandardError">Heteroskedasticity-robust (HC1 sandwich) standard error of β.</param>
internal readonly record struct GroupEffect(double Coefficient, double StandardError);
