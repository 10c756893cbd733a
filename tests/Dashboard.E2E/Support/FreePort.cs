using System.Net;
using System.Net.Sockets;

namespace Dashboard.E2E.Support;

/// <summary>A loopback port nobody listens on at the moment.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
