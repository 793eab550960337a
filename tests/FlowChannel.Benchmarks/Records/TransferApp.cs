using FlowChannel.Application;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Setup;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Persistence.Sqlite;
using FlowChannel.TestSupport;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Benchmarks.Records;

/// <summary>
/// The application's own services on a fresh SQLite file, as on a first start (migrations, the bundled pack, the
/// admin), with the benchmark's form published: ten fields of the usual kinds, one of them unique.
/// </summary>
public sealed class TransferApp : IAsyncDisposable
{
    public const string FormId = "bench-orders";
    private const string Password = "Benchmark-Pass-1";

    private const string Schema = """
        {
          "id": "bench-orders", "version": 1, "title": "Benchmark orders",
          "fields": [
            {"key": "orderNo", "type": "text", "label": "Order no", "required": true, "unique": true, "maxLength": 20},
            {"key": "customer", "type": "text", "label": "Customer", "required": true},
            {"key": "amount", "type": "money", "label": "Amount"},
            {"key": "quantity", "type": "number", "label": "Quantity"},
            {"key": "status", "type": "select", "label": "Status",
             "options": [{"value": "open", "label": "Open"}, {"value": "closed", "label": "Closed"}]},
            {"key": "orderDate", "type": "date", "label": "Order date"},
            {"key": "urgent", "type": "switch", "label": "Urgent"},
            {"key": "email", "type": "email", "label": "Email"},
            {"key": "region", "type": "text", "label": "Region"},
            {"key": "note", "type": "textarea", "label": "Note"}
          ]
        }
        """;

    private TransferApp(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public Actor Admin { get; private set; } = null!;

    public static async Task<TransferApp> CreateAsync(string folder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:FlowChannel"] = $"Data Source={Path.Combine(folder, "app.db")}",
            ["FlowChannel:ContentRoot"] = RepositoryPaths.Root,
            ["FlowChannel:FilesPath"] = Path.Combine(folder, "files"),
            ["FlowChannel:Email:PickupDirectory"] = Path.Combine(folder, "mail-pickup"),
            [FlowChannelSetup.AdminPasswordVariable] = Password,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddFlowChannelPersistence(configuration, "", new SqliteDatabaseProvider());
        services.AddFlowChannelApplication();
        services.AddIdentityCore<FlowChannelUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<FlowChannelDbContext>();

        var app = new TransferApp(services.BuildServiceProvider());
        await app.Services.GetRequiredService<FlowChannelSetup>().InitializeAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FlowChannelUser>>();
        var admin = await users.FindByNameAsync("admin") ?? throw new InvalidOperationException("No admin.");
        app.Admin = new Actor(admin.Id, "admin", (await users.GetRolesAsync(admin)).ToHashSet(StringComparer.Ordinal));
        await app.SendAsync(new SaveFormDraft(app.Admin, FormId, Schema));
        await app.SendAsync(new PublishForm(app.Admin, FormId));
        return app;
    }

    public async Task<T> SendAsync<T>(ICommand<T> command)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    public async Task<T> SendAsync<T>(IQuery<T> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query);
    }

    public async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>One data row of the generated file, and the same values as the JSON a record stores.</summary>
    public static (string Csv, string Json) Row(int i)
    {
        var date = new DateOnly(2025, 1, 1).AddDays(i % 365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var csv = string.Create(CultureInfo.InvariantCulture,
            $"BO-{i:D7},Customer {i % 977},{i % 10_000}.50,{i % 50},{(i % 3 == 0 ? "closed" : "open")},{date},{(i % 7 == 0 ? "yes" : "no")},c{i}@example.com,Region {i % 31},Row {i} note");
        var json = new JsonObject
        {
            ["orderNo"] = $"BO-{i:D7}", ["customer"] = $"Customer {i % 977}", ["amount"] = i % 10_000 + 0.5m, ["quantity"] = i % 50,
            ["status"] = i % 3 == 0 ? "closed" : "open", ["orderDate"] = date, ["urgent"] = i % 7 == 0, ["email"] = $"c{i}@example.com",
            ["region"] = $"Region {i % 31}", ["note"] = $"Row {i} note",
        }.ToJsonString();
        return (csv, json);
    }

    public const string Header = "Order no,Customer,Amount,Quantity,Status,Order date,Urgent,Email,Region,Note";

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
