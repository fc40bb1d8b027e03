namespace HealthGap.Core.Configuration;

/// <summary>
/// Finds one shipped folder. The build copies <c>codelists/</c>, <c>indicators/</c> and
/// <c>data/reference/</c> (as <c>reference/</c>) beside the binaries (see HealthGap.Core.csproj), so an
/// installed or published copy finds them there; a binary run from a checkout whose copy is missing
/// finds the checkout's folder by walking up to the folder holding <c>HealthGap.slnx</c>.
/// </summary>
internal static class ShippedFolder
{
    /// <summary>The marker of a HealthGap checkout's root folder.</summary>
    public const string CheckoutMarker = "HealthGap.slnx";

    /// <summary>
    /// <paramref name="besideBinaries"/> under the binaries' folder when it exists, else
    /// <paramref name="inCheckout"/> under the nearest checkout root above them, else the first (absent)
    /// path, so the loader's error names where the files were expected.
    /// </summary>
    public static string Find(string besideBinaries, string inCheckout, string? baseDirectory = null)
    {
        var start = baseDirectory ?? AppContext.BaseDirectory;
        var beside = Path.Combine(start, besideBinaries);
        if (Directory.Exists(beside))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, inCheckout);
            if (File.Exists(Path.Combine(dir.FullName, CheckoutMarker)) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return beside;
    }
}
