using ZhuwaGen.Tourism.Bench;

// Usage (dotnet run -c Release --project tests/bench/ZhuwaGen.Tourism.Bench -- …):
//   [stops] [seconds]             publish-to-visible with a tree of N stops (default 1000, 30 s)
//   grow FILE STOPS EVENTS        add published stops and events to a database the site has seeded
//   backoffice-network BASE EMAIL PASSWORD [runs]
//                                 the back-office's first load and lists at 1 Mbit/s and 300 ms (tests/bench/backoffice.sh)
//   query FILE [seconds]          server time of an uncached filtered list of 10 (see QueryList)
//   ceiling FILE PORT             serve FILE's bytes from a bare Kestrel endpoint (tests/bench/delivery.sh)
//   slow-network BASE PATH [runs] a page at 400 kbit/s and 400 ms in Chromium, first and repeat visit (tests/bench/site.sh)
switch (args)
{
    case ["ceiling", var file, var port]:
        await Ceiling.RunAsync(file, int.Parse(port));
        break;
    case ["grow", var file, var stops, var events]:
        await Grow.RunAsync(file, int.Parse(stops), int.Parse(events));
        break;
    case ["slow-network", var baseUrl, var path, .. var rest]:
        await SlowNetwork.RunAsync(baseUrl, path, rest.Length > 0 ? int.Parse(rest[0]) : 5);
        break;
    case ["backoffice-network", var baseUrl, var email, var password, .. var rest]:
        await BackofficeNetwork.RunAsync(baseUrl, email, password, rest.Length > 0 ? int.Parse(rest[0]) : 5);
        break;
    case ["query", var file, .. var rest]:
        await QueryList.RunAsync(file, rest.Length > 0 ? int.Parse(rest[0]) : 10);
        break;
    default:
        await PublishToVisible.RunAsync(args.Length > 0 ? int.Parse(args[0]) : 1000, args.Length > 1 ? int.Parse(args[1]) : 30);
        break;
}
