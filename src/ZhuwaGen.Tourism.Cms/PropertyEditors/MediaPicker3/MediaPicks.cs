using ZhuwaGen.Tourism.Cms.Media;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>One picked media item with what the editor set on this pick: a focal point and crop coordinates by alias.</summary>
public sealed record MediaPick(Guid MediaKey, MediaFocalPoint? FocalPoint, IReadOnlyDictionary<string, MediaCropCoordinates> LocalCrops);

/// <summary>A MediaPicker3 value: the picks in order, and the crops the data type configures (empty: the media's own).</summary>
public sealed record MediaPicks(IReadOnlyList<MediaPick> Items, IReadOnlyList<MediaCrop> ConfiguredCrops);
