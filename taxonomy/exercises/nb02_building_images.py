"""Exercises of ``02_building_images``: a step added on top, and a multi-stage build on .NET 9.

The files below are the ones the notebook writes, so that :func:`Exercise.new_world`
starts where the notebook is when the exercises begin.

Examples
--------
>>> ex = EXERCISES[0]
>>> world = ex.new_world()
>>> ex.check(world, "en").solved
False
>>> ex.solve(world); ex.check(world, "en").solved
True
"""

from __future__ import annotations

from ..world import World
from . import Exercise
from ._goals import check, docker, image_layers, local_image, registry_layers, titles

__all__ = ["EXERCISES", "HELLO_DOCKERFILE", "WEBAPP_DOCKERFILE", "WEBAPP_FILES"]

HELLO_DOCKERFILE = """FROM alpine:3.20
COPY app.txt /app/app.txt
CMD ["cat", "/app/app.txt"]
"""

WEBAPP_DOCKERFILE = """FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY webapp.csproj .
RUN dotnet restore
COPY . .
RUN dotnet publish -c Release -o /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS final
WORKDIR /app
COPY --from=build /app/publish .
EXPOSE 8080
ENTRYPOINT ["dotnet", "webapp.dll"]
"""

WEBAPP_FILES = {
    "webapp.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web">\n'
                     "  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n"
                     "</Project>\n",
    "Program.cs": 'var app = WebApplication.Create(args);\napp.MapGet("/", () => "Hello from .NET!");\napp.Run();\n',
}


def _start_hello():
    world = World()
    world.write_files({"Dockerfile": HELLO_DOCKERFILE, "app.txt": "Hello from my first image!\n"})
    world.docker("docker build -t student/hello:1 .")
    return world


def _start_webapp():
    world = World()
    world.write_files({"Dockerfile": WEBAPP_DOCKERFILE, **WEBAPP_FILES})
    world.docker("docker build -t student/webapp:1 .")
    return world


def _layer_on_top(world, lang):
    base = image_layers(world, local_image(world, "student/hello:1"))
    new = image_layers(world, local_image(world, "student/hello:2"))
    files = set()
    if new:
        top = [l for l in world.layers("student/hello:2") if l["digest"] not in base]
        files = {path for l in top for path, _ in l["files"]}
    return [
        check("02_1.built", bool(new), lang),
        check("02_1.reuses", bool(base) and new[:len(base)] == base, lang),
        check("02_1.about", "app/about.txt" in files, lang),
    ]


def _add_about(world):
    world.write_files({"Dockerfile": HELLO_DOCKERFILE + "COPY about.txt /app/about.txt\n",
                       "about.txt": "Built in the Docker Taxonomy Explorer.\n"})
    docker(world, "docker build -t student/hello:2 .")


def _dotnet9(world, lang):
    layers = image_layers(world, local_image(world, "student/webapp:2"))
    runtime = registry_layers(world, "mcr.microsoft.com/dotnet/aspnet:9.0")
    sdk_only = set(registry_layers(world, "mcr.microsoft.com/dotnet/sdk:9.0")) - set(runtime)
    return [
        check("02_2.built", bool(layers), lang),
        check("02_2.runtime", bool(runtime) and layers[:len(runtime)] == runtime, lang),
        check("02_2.no_sdk", bool(layers) and not sdk_only & set(layers), lang),
    ]


def _build_dotnet9(world):
    world.write_files({"Dockerfile": WEBAPP_DOCKERFILE.replace(":8.0", ":9.0")})
    docker(world, "docker build -t student/webapp:2 .")


EXERCISES = (
    Exercise("02.1", titles("02.1"), goal=_layer_on_top, solution=(_add_about,), start=_start_hello),
    Exercise("02.2", titles("02.2"), goal=_dotnet9, solution=(_build_dotnet9,), start=_start_webapp),
)
