using Microsoft.AspNetCore.Components;
using MudBlazor.Interop;
using MudBlazor.Services;

namespace Dashboard.Tests.Components;

/// <summary>
/// Stands in for the browser's measurement of an element (bUnit has no layout): every observed
/// element is <see cref="Width"/> CSS pixels wide.
/// </summary>
internal sealed class FixedWidthResizeObserver(double width) : IResizeObserver, IResizeObserverFactory
{
    public double Width { get; } = width;

    // The width never changes, so the event never fires.
    public event SizeChanged? OnResized
    {
        add { }
        remove { }
    }

    public IResizeObserver Create() => this;

    public IResizeObserver Create(ResizeObserverOptions options) => this;

    public Task<BoundingClientRect?> Observe(ElementReference element) => Task.FromResult<BoundingClientRect?>(new BoundingClientRect { Width = Width, Height = 400 });

    public Task<IEnumerable<BoundingClientRect>> Observe(IEnumerable<ElementReference> elements) =>
        Task.FromResult(elements.Select(_ => new BoundingClientRect { Width = Width, Height = 400 }));

    public Task Unobserve(ElementReference element) => Task.CompletedTask;

    public double GetWidth(ElementReference reference) => Width;

    public double GetHeight(ElementReference reference) => 400;

    public BoundingClientRect? GetSizeInfo(ElementReference reference) => new() { Width = Width, Height = 400 };

    public bool IsElementObserved(ElementReference reference) => true;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
